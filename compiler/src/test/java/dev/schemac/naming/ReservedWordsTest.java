package dev.schemac.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.model.Dialect;
import org.junit.jupiter.api.Test;

/** The table's contract; whether each list is right is for the engines and tools to say (ReservedWordsOnEnginesTest). */
class ReservedWordsTest {

    @Test
    void sqlReservedWordsArePerDialectAndCaseInsensitive() {
        assertThat(ReservedWords.sqlDialectsReserving("order")).containsExactly(Dialect.SQLITE, Dialect.POSTGRES, Dialect.MYSQL);
        assertThat(ReservedWords.sqlDialectsReserving("User")).containsExactly(Dialect.POSTGRES);
        assertThat(ReservedWords.sqlDialectsReserving("key")).containsExactly(Dialect.MYSQL);
        assertThat(ReservedWords.sqlDialectsReserving("index")).containsExactly(Dialect.SQLITE, Dialect.MYSQL);
        assertThat(ReservedWords.sqlDialectsReserving("tablesample")).contains(Dialect.POSTGRES);
        assertThat(ReservedWords.sqlDialectsReserving("collation")).containsExactly(Dialect.POSTGRES);
        assertThat(ReservedWords.isSqlReserved("action")).isFalse();  // a keyword SQLite takes as a name
        assertThat(ReservedWords.isSqlReserved("plan")).isFalse();
        assertThat(ReservedWords.isSqlReserved("status")).isFalse();
        assertThat(ReservedWords.isSqlReserved("groups", Dialect.MYSQL)).isTrue();
        assertThat(ReservedWords.isSqlReserved("offset", Dialect.MYSQL)).as("MariaDB reserves it").isTrue();
    }

    @Test
    void postgresTypeNames() {
        assertThat(ReservedWords.isPostgresTypeKeyword("none")).isTrue();
        assertThat(ReservedWords.isPostgresTypeKeyword("collation")).as("may name a type").isFalse();
        assertThat(ReservedWords.isPostgresOwnType("trigger")).isTrue();
        assertThat(ReservedWords.isPostgresOwnType("Json")).isTrue();
        assertThat(ReservedWords.isPostgresOwnType("pg_anything")).isTrue();
        assertThat(ReservedWords.isPostgresOwnType("serial")).isTrue();
        assertThat(ReservedWords.isPostgresOwnType("order_status")).isFalse();
    }

    @Test
    void pythonAttributesClassesAndEnumMembers() {
        assertThat(TargetNames.pythonAttribute("class").name()).isEqualTo("class_");
        assertThat(TargetNames.pythonAttribute("metadata").name()).isEqualTo("metadata_");
        assertThat(TargetNames.pythonAttribute("model_config").name()).isEqualTo("model_config_");
        assertThat(TargetNames.pythonAttribute("uuid").reservedBecause()).isEqualTo("a name the generated SQLModel module uses itself");
        assertThat(TargetNames.pythonAttribute("match").renamed()).as("a soft keyword is a valid name").isFalse();
        assertThat(TargetNames.pythonAttribute("order").renamed()).isFalse();
        assertThat(TargetNames.pythonAttribute("registry").name()).as("the declarative registry a SQLAlchemy model class keeps")
                .isEqualTo("registry_");
        assertThat(TargetNames.pythonAttribute("cls").name()).as("the first parameter of SQLModel.__new__").isEqualTo("cls_");
        // pydantic refuses any field with a leading underscore: the underscores go, one is added at the end.
        assertThat(TargetNames.pythonAttribute("__table__").name()).isEqualTo("table___");
        assertThat(TargetNames.pythonAttribute("__tablename__").reservedBecause())
                .isEqualTo("an attribute SQLModel, pydantic or SQLAlchemy reserves on a model class");
        assertThat(TargetNames.pythonAttribute("_rank").name()).isEqualTo("rank_");
        assertThat(TargetNames.pythonAttribute("_").name()).isEqualTo("f_");
        assertThat(TargetNames.pythonAttribute("_1").name()).isEqualTo("f1_");
        // pydantic's protected namespaces warn whatever follows the prefix, so no suffix helps.
        assertThat(TargetNames.pythonAttribute("model_dump").name()).isEqualTo("f_model_dump");
        assertThat(TargetNames.pythonAttribute("model_validated_at").name()).isEqualTo("f_model_validated_at");
        assertThat(TargetNames.pythonAttribute("model_name").renamed()).isFalse();
        assertThat(TargetNames.pythonClass("__tablename__").name()).as("every table class assigns it").isEqualTo("tablename___");
        assertThat(TargetNames.pythonClass("None").name()).isEqualTo("None_");
        assertThat(TargetNames.pythonClass("metadata").renamed()).as("a class may be called so").isFalse();
        assertThat(TargetNames.pythonClass("_Private").renamed()).isFalse();
        assertThat(TargetNames.pythonEnumMember("title").name()).isEqualTo("title_");
        assertThat(TargetNames.pythonEnumMember("value").name()).isEqualTo("value_");
        assertThat(TargetNames.pythonEnumMember("_sunder_").name()).isEqualTo("sunder__");
        assertThat(TargetNames.pythonEnumMember("ACTIVE").renamed()).isFalse();
    }

    @Test
    void prismaModelsAreSpelledInPascalCaseThenChecked() {
        assertThat(TargetNames.prismaType("PrismaClient").name()).isEqualTo("RenamedPrismaClient");
        assertThat(TargetNames.prismaType("string").name()).as("spelled String first").isEqualTo("RenamedString");
        assertThat(TargetNames.prismaType("_String").name()).isEqualTo("RenamedString");
        assertThat(TargetNames.prismaType("user_account").name()).isEqualTo("UserAccount");
        assertThat(TargetNames.prismaType("Strings").renamed()).isFalse();
    }

    @Test
    void javaTypesComponentsAndConstants() {
        assertThat(TargetNames.javaType("record").name()).isEqualTo("record_");
        assertThat(TargetNames.javaType("String").name()).isEqualTo("String_");
        assertThat(TargetNames.javaType("int").name()).isEqualTo("int_");
        assertThat(TargetNames.javaType("Record").renamed()).isFalse();
        assertThat(TargetNames.javaRecordComponent("default").name()).isEqualTo("default_");
        assertThat(TargetNames.javaRecordComponent("hash_code").name()).isEqualTo("hashCode_");
        assertThat(TargetNames.javaRecordComponent("hash_code").spelling()).isEqualTo("hashCode");
        assertThat(TargetNames.javaRecordComponent("unit_price").name()).isEqualTo("unitPrice");
        assertThat(TargetNames.javaRecordComponent("order date").name()).isEqualTo("orderDate");
        assertThat(TargetNames.javaRecordComponent("record").renamed()).as("a component may be called so").isFalse();
        assertThat(TargetNames.javaMetamodelConstant("table").name()).isEqualTo("TABLE_");
        assertThat(TargetNames.javaMetamodelConstant("unit_price").name()).isEqualTo("UNIT_PRICE");
        assertThat(TargetNames.javaEnumConstant("value").name()).isEqualTo("value_");
        assertThat(TargetNames.javaEnumConstant("VALUE").renamed()).isFalse();
    }
}
