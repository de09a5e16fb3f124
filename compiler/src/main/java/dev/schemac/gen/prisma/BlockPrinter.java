package dev.schemac.gen.prisma;

/**
 * Lays out blocks exactly as {@code prisma format} does, so the formatter leaves generated
 * files unchanged (a parity test asserts it): names, types and attributes in aligned
 * columns across the whole block (comments do not break the alignment), block attributes
 * after one empty line, no trailing spaces.
 */
final class BlockPrinter {
    private BlockPrinter() {}

    static String print(Block b) {
        var out = new StringBuilder();
        docs(out, "", b.docs());
        out.append(b.keyword()).append(' ').append(b.name()).append(" {\n");
        int nameWidth = 0;
        int typeWidth = 0;
        for (Block.Line l : b.lines()) {
            if (l instanceof Block.Member m) {
                nameWidth = Math.max(nameWidth, m.name().length());
                if (m.type() != null) typeWidth = Math.max(typeWidth, m.type().length());
            }
        }
        for (Block.Line l : b.lines()) {
            if (l instanceof Block.Comment c) {
                out.append("  //").append(c.text().isEmpty() ? "" : " " + Psl.commentLine(c.text())).append('\n');
                continue;
            }
            var m = (Block.Member) l;
            docs(out, "  ", m.docs());
            var line = new StringBuilder("  ").append(pad(m.name(), nameWidth));
            if (m.type() != null) line.append(' ').append(pad(m.type(), typeWidth));
            if (!m.attributes().isEmpty()) line.append(' ').append(String.join(" ", m.attributes()));
            out.append(stripTrailing(line)).append('\n');
        }
        if (!b.attributes().isEmpty()) {
            out.append('\n');
            for (String a : b.attributes()) out.append("  ").append(a).append('\n');
        }
        return out.append("}\n").toString();
    }

    static void docs(StringBuilder out, String indent, Iterable<String> lines) {
        for (String d : lines) out.append(indent).append("///").append(d.isBlank() ? "" : " " + d.stripTrailing()).append('\n');
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String stripTrailing(CharSequence s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return s.subSequence(0, end).toString();
    }
}
