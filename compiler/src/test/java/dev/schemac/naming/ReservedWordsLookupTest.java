package dev.schemac.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.model.Dialect;
import dev.schemac.naming.ReservedWords.JavaReason;
import dev.schemac.naming.ReservedWords.PythonReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The lookups answer as reading the lists one by one, in the order each answer names them, would:
 * for every word of every list, in three cases, and for names in none.
 */
class ReservedWordsLookupTest {

    private static Set<String> words() {
        var out = new TreeSet<String>();
        for (Set<String> list : ReservedWords.lists().values()) {
            for (String w : list) {
                out.add(w);
                out.add(w.toLowerCase(Locale.ROOT));
                out.add(w.toUpperCase(Locale.ROOT));
                out.add("_" + w);
                out.add(w + "_");
            }
        }
        out.addAll(List.of("", "_", "ordinary", "unit_price", "model_dump_json", "model_validated", "pg_x", "Ünïcode", "ß"));
        return out;
    }

    @Test
    void sqlAnswersAsTheDialectsListsInDialectOrder() {
        for (String w : words()) {
            String upper = w.toUpperCase(Locale.ROOT);
            var expected = new ArrayList<Dialect>();
            if (ReservedWords.SQLITE.contains(upper)) expected.add(Dialect.SQLITE);
            if (ReservedWords.POSTGRES.contains(upper)) expected.add(Dialect.POSTGRES);
            if (ReservedWords.MYSQL.contains(upper)) expected.add(Dialect.MYSQL);
            assertThat(List.copyOf(ReservedWords.sqlDialectsReserving(w))).as(w).isEqualTo(expected);
            assertThat(ReservedWords.isSqlReserved(w)).as(w).isEqualTo(!expected.isEmpty());
            for (Dialect d : Dialect.values()) {
                assertThat(ReservedWords.isSqlReserved(w, d)).as("%s in %s", w, d).isEqualTo(expected.contains(d));
            }
        }
        assertThat(Dialect.values()).containsExactly(Dialect.SQLITE, Dialect.POSTGRES, Dialect.MYSQL);
    }

    @Test
    void pythonAnswersAsItsListsInOrder() {
        for (String w : words()) {
            PythonReason attribute = ReservedWords.PYTHON_KEYWORDS.contains(w) ? PythonReason.KEYWORD
                    : ReservedWords.SQLMODEL_ATTRIBUTES.contains(w) ? PythonReason.MODEL_ATTRIBUTE
                    : ReservedWords.SQLMODEL_MODULE_NAMES.contains(w) ? PythonReason.MODULE_NAME
                    : ReservedWords.inProtectedNamespace(w) ? PythonReason.PROTECTED_NAMESPACE
                    : w.startsWith("_") ? PythonReason.LEADING_UNDERSCORE : null;
            assertThat(ReservedWords.pythonAttribute(w)).as(w).isEqualTo(attribute);
            PythonReason type = ReservedWords.PYTHON_KEYWORDS.contains(w) ? PythonReason.KEYWORD
                    : ReservedWords.SQLMODEL_MODULE_NAMES.contains(w) || ReservedWords.SQLMODEL_CLASS_BODY.contains(w)
                    ? PythonReason.MODULE_NAME : null;
            assertThat(ReservedWords.pythonClass(w)).as(w).isEqualTo(type);
            PythonReason member = ReservedWords.PYTHON_KEYWORDS.contains(w) ? PythonReason.KEYWORD
                    : ReservedWords.PYTHON_ENUM_MEMBERS.contains(w) ? PythonReason.ENUM_ATTRIBUTE
                    : w.startsWith("_") ? PythonReason.LEADING_UNDERSCORE : null;
            assertThat(ReservedWords.pythonEnumMember(w)).as(w).isEqualTo(member);
        }
    }

    @Test
    void javaAnswersAsItsListsInOrder() {
        for (String w : words()) {
            boolean keyword = ReservedWords.JAVA_KEYWORDS.contains(w);
            assertThat(ReservedWords.javaType(w)).as(w).isEqualTo(keyword ? JavaReason.KEYWORD
                    : ReservedWords.JAVA_RESTRICTED_TYPE_NAMES.contains(w) ? JavaReason.RESTRICTED
                    : ReservedWords.JAVA_LANG_TYPES.contains(w) ? JavaReason.JAVA_LANG : null);
            assertThat(ReservedWords.javaRecordComponent(w)).as(w).isEqualTo(keyword ? JavaReason.KEYWORD
                    : ReservedWords.JAVA_RECORD_COMPONENTS.contains(w) ? JavaReason.OBJECT_METHOD : null);
            assertThat(ReservedWords.javaMetamodelConstant(w)).as(w).isEqualTo(keyword ? JavaReason.KEYWORD
                    : ReservedWords.JAVA_METAMODEL_CONSTANTS.contains(w) ? JavaReason.OWN_NAME : null);
            assertThat(ReservedWords.javaEnumConstant(w)).as(w).isEqualTo(keyword ? JavaReason.KEYWORD
                    : ReservedWords.JAVA_ENUM_FIELDS.contains(w) ? JavaReason.OWN_NAME : null);
        }
    }
}
