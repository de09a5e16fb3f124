package dev.schemac.gen.java;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.naming.TargetNames;
import javax.lang.model.element.Modifier;

/** A model enum as a Java enum whose constants carry their stored value (which {@code @map} may change). */
final class EnumEmitter {
    private EnumEmitter() {}

    static TypeSpec emit(EnumType e, String javaName) {
        var type = TypeSpec.enumBuilder(javaName).addModifiers(Modifier.PUBLIC);
        if (e.doc() != null) type.addJavadoc("$L\n", Javadoc.text(e.doc()));
        var names = new JavaNames.Scope();
        for (EnumMember m : e.values()) {
            var constant = TypeSpec.anonymousClassBuilder("$S", m.dbValue());
            if (m.doc() != null) constant.addJavadoc("$L\n", Javadoc.text(m.doc()));
            type.addEnumConstant(names.claim(TargetNames.javaEnumConstant(m.name()).name()), constant.build());
        }
        type.addField(FieldSpec.builder(String.class, "value", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "value")
                .addStatement("this.value = value")
                .build());
        type.addMethod(MethodSpec.methodBuilder("value")
                .addJavadoc("{@return the value stored in the database}\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return value")
                .build());
        return type.build();
    }
}
