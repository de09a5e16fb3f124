package dev.schemac.resolve;

import dev.schemac.ast.SchemaFile;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.source.Span;
import java.util.List;

/**
 * The resolver's first phase: every piece of free text in the model is held against the
 * rules of what it becomes ({@link TextRules}), before anything is resolved from it, so
 * that no later phase and no target ever sees text its outputs cannot carry.
 */
final class TextCheck {
    private final Diagnostics diags;

    TextCheck(Diagnostics diags) { this.diags = diags; }

    void run(List<SchemaFile> files) {
        for (TextSlot slot : TextSlots.of(files)) {
            TextRules.Problem p = TextRules.check(slot.kind(), slot.text());
            if (p == null) continue;
            Span at = slot.span();
            if (slot.kind() == TextKind.DOC) {
                Span line = TextSlots.docLine(slot.span(), slot.text());
                at = line == slot.span() ? line : new Span(line.file(), line.start() + p.at(),
                        line.start() + p.at() + (p.codePoint() < 0 ? 0 : Character.charCount(p.codePoint())));
            }
            String character = p.codePoint() < 0 ? null : TextRules.describe(p.codePoint());
            if (p.hidden() || slot.kind() == TextKind.DOC || slot.kind() == TextKind.LINE || slot.kind() == TextKind.DATA
                    || slot.kind() == TextKind.PATTERN || p.reason().startsWith("a bidirectional")) {
                diags.add(Messages.hiddenCharacter(at, slot.what(), character, p.reason(), slot.kind() == TextKind.DATA));
            } else if (slot.kind() == TextKind.LABEL) {
                diags.add(Messages.enumLabelClash(at, slot.what() + " " + Messages.quoted(slot.text()), character, p.reason()));
            } else {
                diags.add(Messages.nameNotPortable(at, slot.what() + " " + Messages.quoted(slot.text()), character, p.reason()));
            }
        }
    }
}
