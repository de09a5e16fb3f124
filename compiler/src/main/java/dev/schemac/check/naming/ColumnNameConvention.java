package dev.schemac.check.naming;

import dev.schemac.render.markdown.Quoted;
import com.google.auto.service.AutoService;
import dev.schemac.check.CheckContext;
import dev.schemac.check.Reporter;
import dev.schemac.check.Rule;
import dev.schemac.check.Spans;
import dev.schemac.check.Words;
import dev.schemac.diag.Diagnostic;
import dev.schemac.diag.Severity;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.lang.ModelString;
import dev.schemac.naming.Names;
import dev.schemac.naming.TargetNames;
import dev.schemac.source.Span;
import java.util.HashSet;
import java.util.Locale;

/** SC605: an explicit {@code @map} column name is snake_case. */
@AutoService(Rule.class)
public final class ColumnNameConvention extends Rule {
    public ColumnNameConvention() {
        super("SC605", Severity.WARNING, "Column name is not snake_case",
                "Columns are snake_case (`created_at`, `user_id`), judged by letter case in any script "
                + "(`фамилия` is, `Фамилия` is not). `@map(\"...\")` exists to keep a legacy column name, but a "
                + "name with an ASCII capital or a space must be quoted in every PostgreSQL query (which folds "
                + "unquoted A-Z to lower case), and a capital of any script reads unlike every other column.");
    }

    @Override
    public void check(CheckContext context, Reporter out) {
        var reported = new HashSet<Span>();
        for (Entity e : context.model().entities()) {
            for (Field f : e.storedFields()) {
                if (f.columnName() != null && !Words.isSnake(f.columnName()) && reported.add(f.span())) {
                    out.report(e, notSnake(Spans.columnMap(f), f.columnName()));
                }
            }
        }
    }

    Diagnostic notSnake(Span at, String column) {
        String snake = snakeCase(column);
        return finding(at, "column name " + Quoted.stored(column) + " is not snake_case",
                s -> snake == null ? "use a snake_case name: lower-case letters, digits and single `_`, starting with a letter"
                        : "use " + Quoted.name(s.withText("@map", ModelString.quote(snake))));
    }

    /**
     * The name in snake_case, its words split wherever a character is no letter, digit or mark of
     * any script and where a capital starts a word ({@code userID} → {@code user_id}, {@code a-key}
     * → {@code a_key}, {@code ИмяКлиента} → {@code имя_клиента}); null when that is no snake_case
     * name (a leading digit, no letter), so the help never suggests one this rule warns about.
     */
    static String snakeCase(String column) {
        String words = Names.snake(TargetNames.identifier(column, TargetNames.Alphabet.UNICODE)).toLowerCase(Locale.ROOT)
                .replaceAll("_+", "_").replaceAll("^_|_$", "");
        return Words.isSnake(words) ? words : null;
    }
}
