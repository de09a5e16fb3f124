package dev.schemac.support;

import dev.schemac.source.SourceFile;
import dev.schemac.source.Span;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The AST without its spans, as text: two parses of differently laid out sources are the
 * same program exactly when their shapes are equal.
 */
public final class AstShape {
    private AstShape() {}

    public static String of(Object node) {
        var b = new StringBuilder();
        append(b, node);
        return b.toString();
    }

    private static void append(StringBuilder b, Object o) {
        if (o == null) {
            b.append("null");
        } else if (o instanceof Span || o instanceof SourceFile) {
            b.append('_');
        } else if (o instanceof List<?> list) {
            b.append('[');
            for (Object x : list) {
                append(b, x);
                b.append(',');
            }
            b.append(']');
        } else if (o.getClass().isRecord()) {
            b.append(o.getClass().getSimpleName()).append('(');
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                try {
                    b.append(c.getName()).append('=');
                    append(b, c.getAccessor().invoke(o));
                    b.append(';');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            b.append(')');
        } else {
            b.append(o);
        }
    }
}
