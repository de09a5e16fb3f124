package dev.schemac.gen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import dev.schemac.naming.TargetNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The names code needs to write SQL against an entity's table: {@code TABLE}, one constant
 * per column, {@code COLUMNS} in table order, and a nested class per many-to-many field
 * naming its join table, all as the Catalog decided them.
 */
final class MetamodelEmitter {
    private static final TypeName STRING_LIST = ParameterizedTypeName.get(ClassName.get(List.class),
            ClassName.get(String.class));

    private MetamodelEmitter() {}

    static TypeSpec emit(Entity entity, Table table, Catalog catalog, String javaName) {
        var type = holder(javaName, table, "Table and column names of entity " + Javadoc.code(entity.name())
                + (entity.doc() == null ? "." : ": " + Javadoc.text(entity.doc())) + "\n");
        var nested = new JavaNames.Scope();
        for (Table join : catalog.tables()) {
            if (!join.isJoinTable()) continue;
            var j = join.join();
            if (j.leftEntity().equals(entity.name())) type.addType(joinClass(join, j.leftField(), nested));
            if (j.rightEntity().equals(entity.name()) && !(j.leftEntity().equals(j.rightEntity())
                    && j.leftField().equals(j.rightField()))) {
                type.addType(joinClass(join, j.rightField(), nested));
            }
        }
        return type.build();
    }

    private static TypeSpec joinClass(Table join, String field, JavaNames.Scope nested) {
        String name = nested.claim(JavaNames.nestedType(field) + "Join");
        return holder(name, join, "The join table of many-to-many field " + Javadoc.code(field) + ".\n")
                .addModifiers(Modifier.STATIC).build();
    }

    /** A non-instantiable class with the table's name and column constants. */
    private static TypeSpec.Builder holder(String name, Table table, String javadoc) {
        var type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL).addJavadoc("$L", javadoc);
        var names = new JavaNames.Scope();
        type.addField(constant("TABLE", table.name(), "The table: " + Javadoc.code(table.name()) + "."));
        var all = new ArrayList<String>();
        for (Column c : table.columns()) {
            String constant = names.claim(TargetNames.javaMetamodelConstant(c.name()).name());
            all.add(constant);
            String doc = "Column " + Javadoc.code(c.name()) + (c.doc() == null ? "." : ": " + Javadoc.text(c.doc()));
            type.addField(constant(constant, c.name(), doc));
        }
        var list = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < all.size(); i++) list.add(i == 0 ? "$N" : ", $N", all.get(i));
        type.addField(FieldSpec.builder(STRING_LIST, "COLUMNS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every column, in table order.\n")
                .initializer(list.add(")").build())
                .build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return type;
    }

    private static FieldSpec constant(String name, String value, String doc) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("$S", value)
                .build();
    }
}
