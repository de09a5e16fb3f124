/**
 * Normal-form analysis of one relation from its declared functional dependencies: pure, bounded,
 * deterministic, JDK only.
 *
 * <p>Input is a {@link dev.schemac.normalform.Relation} (attributes in declaration order,
 * dependencies each tagged with an opaque origin). {@link dev.schemac.normalform.NormalFormAnalyzer}
 * returns an {@link dev.schemac.normalform.Analysis}: minimal cover, candidate keys (with a
 * completeness flag), prime attributes, the normal form reached (2NF, 3NF, BCNF; 1NF is assumed),
 * every violation explained and traced to its declarations, and a 3NF synthesis when below 3NF.
 *
 * <p>Algorithms: bitset attribute sets; linear-time closure (Beeri–Bernstein); minimal cover by
 * split / left-reduce / drop-redundant in declaration order; candidate keys by Lucchesi–Osborn
 * with a set-trie for subset queries and the core / dependent-only reductions, bounded by
 * {@link dev.schemac.normalform.Limits}; Bernstein synthesis. Public results carry names, never
 * indexes; every list follows declaration order, never hash order.
 */
package dev.schemac.normalform;
