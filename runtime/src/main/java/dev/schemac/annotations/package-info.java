/**
 * The annotations that make Java classes a schemac model. Each one is the Java spelling of
 * something the {@code .schema} language says (docs/annotations.md has the side-by-side
 * table); the annotation processor turns annotated classes into the same syntax tree the
 * {@code .schema} reader builds, so both are checked by one compiler and produce the same
 * outputs.
 *
 * <p>All annotations have {@code CLASS} retention: javac reads them from class files too
 * (so the model survives incremental builds), and they cost nothing at run time.
 * This package has no dependencies.
 */
package dev.schemac.annotations;
