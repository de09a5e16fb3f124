package dev.schemac.gen.sqlmodel;

import java.util.HashSet;
import java.util.Set;

/**
 * Python names of the generated module. A model name that Python or the libraries claim
 * is renamed by appending {@code _} (the column or table keeps its name): Python keywords,
 * the attributes SQLModel, pydantic and SQLAlchemy put on a model class, and the names the
 * module itself binds, because a class body that assigns {@code str} or {@code datetime}
 * makes every later annotation in it resolve to that attribute instead.
 *
 * <p>The keyword and attribute lists follow the contract of {@code naming.ReservedWords}
 * on branch {@code checks} ({@code pythonSafe}: {@code class} becomes {@code class_});
 * once that class is in main, these two lists should be read from it.
 */
final class PyNames {
    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /** Attributes a SQLModel table class already has: a column there shadows them or is refused. */
    static final Set<String> MODEL_ATTRIBUTES = Set.of(
            "metadata", "registry", "model_config", "model_fields", "model_computed_fields", "model_extra",
            "model_fields_set", "model_construct", "model_copy", "model_dump", "model_dump_json",
            "model_json_schema", "model_parametrized_name", "model_post_init", "model_rebuild", "model_validate",
            "model_validate_json", "model_validate_strings", "construct", "copy", "dict", "json", "from_orm",
            "parse_file", "parse_obj", "parse_raw", "schema", "schema_json", "update_forward_refs", "validate",
            "sqlmodel_update");

    /** Names the generated module binds or reads inside class bodies. */
    static final Set<String> MODULE_NAMES = Set.of(
            "datetime", "enum", "os", "uuid", "sa", "postgresql", "Decimal", "Any", "Optional", "Field",
            "Relationship", "SQLModel", "create_engine", "DATABASE_URL", "DIALECT", "engine", "create_db_and_tables",
            "utc_now", "dialect_check", "enforce_foreign_keys", "NEW_UUID_SQL", "UuidText", "int", "str", "float",
            "bool", "bytes", "list", "functools", "Callable", "Iterator", "Self", "AwareDatetime", "model_validator",
            "mysql", "Session", "configure_connection", "get_engine", "get_session", "UtcDateTime", "columns_in_order",
            "check_values");

    private final Set<String> classNames = new HashSet<>();

    private PyNames() {}

    /** Starts with the module's class names, which attributes must not shadow either. */
    static PyNames withClasses(Iterable<String> classes) {
        var n = new PyNames();
        for (String c : classes) n.classNames.add(c);
        return n;
    }

    /** A class name for a model name: renamed only when Python or the module claims it. */
    static String className(String name) {
        return KEYWORDS.contains(name) || MODULE_NAMES.contains(name) ? name + "_" : name;
    }

    /** An attribute name for a field or column name. */
    String attribute(String name) {
        String s = name;
        while (KEYWORDS.contains(s) || MODEL_ATTRIBUTES.contains(s) || MODULE_NAMES.contains(s) || classNames.contains(s)) {
            s = s + "_";
        }
        return s;
    }

    /** An enum member name; members live in their own class, so only keywords clash. */
    static String member(String name) {
        return KEYWORDS.contains(name) || name.equals("name") || name.equals("value") ? name + "_" : name;
    }
}
