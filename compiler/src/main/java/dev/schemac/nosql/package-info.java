/**
 * The document (MongoDB) and key-value (Redis) designs of a model: the second and third
 * lowerings beside the relational Catalog. {@link dev.schemac.nosql.Embedding} decides how
 * each relation is stored in documents, {@link dev.schemac.nosql.DocumentDesign} and
 * {@link dev.schemac.nosql.KeyValueDesign} decide every collection, document field, index and
 * key with its name, and {@link dev.schemac.nosql.StoreChecks} reports at {@code check} time
 * what those designs cannot hold. The {@code mongo}, {@code redis} and {@code docs} targets
 * render these designs; none of them derives a name or a choice of its own.
 */
package dev.schemac.nosql;
