package dev.schemac.gen.java;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemac.catalog.Column;
import dev.schemac.catalog.Table;
import dev.schemac.model.Entity;
import dev.schemac.naming.TargetNames;
import javax.lang.model.element.Modifier;

/**
 * One row of an entity's table as a record: a component per column, in column order, so
 * foreign keys appear as their key values ({@code userId}) and list sides, which have no
 * column, do not appear. Nullable columns use boxed types.
 */
final class RecordEmitter {
    private RecordEmitter() {}

    static TypeSpec emit(Entity entity, Table table, String javaName, String pkg, JavaTypes.EnumNames enums) {
        var type = TypeSpec.recordBuilder(javaName).addModifiers(Modifier.PUBLIC);
        var doc = new StringBuilder();
        if (entity.doc() != null) doc.append(Javadoc.text(entity.doc())).append("\n\n<p>");
        doc.append("One row of table ").append(Javadoc.code(table.name())).append(".\n\n");
        var names = new JavaNames.Scope();
        var constructor = MethodSpec.constructorBuilder();
        for (Column c : table.columns()) {
            String name = names.claim(TargetNames.javaRecordComponent(c.name()).name());
            constructor.addParameter(ParameterSpec.builder(
                    JavaTypes.of(c.type(), c.nullable(), pkg, enums), name).build());
            doc.append("@param ").append(name).append(" column ").append(Javadoc.code(c.name()));
            if (c.nullable()) doc.append(" (nullable)");
            if (c.doc() != null) doc.append(": ").append(Javadoc.text(c.doc()));
            doc.append('\n');
        }
        type.addJavadoc("$L", doc.toString());
        type.recordConstructor(constructor.build());
        return type.build();
    }
}
