package dev.schemac.analysis;

import java.util.List;

/**
 * What the documents' security section lists: fields marked {@code @pii} and fields marked
 * {@code @secret}, in model order; part of the {@link Analyses}.
 */
public record Security(List<SensitiveField> personalData, List<SensitiveField> secrets) {
    public Security {
        personalData = List.copyOf(personalData);
        secrets = List.copyOf(secrets);
    }
}
