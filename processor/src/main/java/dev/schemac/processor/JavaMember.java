package dev.schemac.processor;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One field of the model as Java declares it: a field, a record component or an interface
 * accessor, with its schema name, its type and its doc comment.
 */
record JavaMember(Element element, String name, TypeMirror type, String doc) {
    /** The Java name: a field's or component's, or a getter's property ({@code getUnitPrice} → {@code unitPrice}). */
    String javaName() { return ElementNames.javaName(element); }
}
