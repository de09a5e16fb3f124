package dev.schemac.check.analysis;

import java.util.List;

/**
 * What the documents' security section lists: fields marked {@code @pii} and fields marked
 * {@code @secret}, in model order; stored under {@link Analyses#SECURITY}.
 */
public record Security(List<SensitiveField> personalData, List<SensitiveField> secrets) {
    public Security {
        personalData = List.copyOf(personalData);
        secrets = List.copyOf(secrets);
    }
}
