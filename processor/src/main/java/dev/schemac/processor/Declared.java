package dev.schemac.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * The types that become declarations, in declaration order, and their names in the model.
 * Entities, enums and mixins join as they are first met (listed in {@code @Schema(types)},
 * found in the compilation, or referenced by a field or a supertype), so the order is a
 * function of the sources alone.
 */
final class Declared {
    private final List<TypeElement> entityOrder = new ArrayList<>();
    private final Set<TypeElement> entities = new HashSet<>();
    private final Set<TypeElement> enums = new LinkedHashSet<>();
    private final Set<TypeElement> mixins = new LinkedHashSet<>();
    /** How each embeddable is embedded: as an entity's key ({@code @EmbeddedId}, true) or as columns (false). */
    private final java.util.Map<TypeElement, Boolean> embeddedAsKey = new java.util.HashMap<>();

    void entity(TypeElement t) {
        if (entities.add(t)) entityOrder.add(t);
    }

    void enumType(TypeElement t) { enums.add(t); }

    void mixin(TypeElement t) { mixins.add(t); }

    /**
     * Records how an embeddable is embedded; false when it was embedded the other way before
     * (its fields cannot be key fields in one entity and plain columns in another).
     */
    boolean embedded(TypeElement t, boolean asKey) {
        Boolean before = embeddedAsKey.putIfAbsent(t, asKey);
        return before == null || before == asKey;
    }

    /** An {@code @EmbeddedId}'s type: its fields are the key of the entities that embed it. */
    boolean isEmbeddedKey(javax.lang.model.element.Element t) {
        return Boolean.TRUE.equals(embeddedAsKey.get(t));
    }

    /** The entities in order; the list grows while entities are read and find others. */
    int entityCount() { return entityOrder.size(); }

    TypeElement entityAt(int i) { return entityOrder.get(i); }

    List<TypeElement> enums() { return new ArrayList<>(enums); }

    List<TypeElement> mixins() { return new ArrayList<>(mixins); }

    String entityName(TypeElement t) {
        entity(t);
        return entityName0(t);
    }

    /** schemac's {@code @Entity(name)}, else Jakarta's, else the simple name. */
    static String entityName0(TypeElement t) {
        if (Mirrors.has(t, Annotations.ENTITY)) return declaredName(t, Annotations.ENTITY);
        String jpa = Jpa.string(Mirrors.find(t, Jpa.ENTITY), "name");
        return jpa != null ? jpa : t.getSimpleName().toString();
    }

    String enumName(TypeElement t) {
        enums.add(t);
        return t.getSimpleName().toString();
    }

    String mixinName(TypeElement t) {
        mixins.add(t);
        return declaredName(t, Annotations.MIXIN);
    }


    /** {@code @Entity(name = "...")} or {@code @Mixin(name = "...")} when given, else the simple name. */
    static String declaredName(TypeElement t, String annotation) {
        AnnotationMirror m = Mirrors.find(t, annotation);
        AnnotationValue v = m == null ? null : Mirrors.explicit(m).get("name");
        if (v != null && v.getValue() instanceof String s && !s.isEmpty()) return s;
        return t.getSimpleName().toString();
    }
}
