package dev.schemac.normalform;

import static dev.schemac.normalform.Fixtures.relation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.normalform.Violation.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exercises with answers derived by hand (the derivations are in the comments), each also checked
 * against the brute-force oracle so a wrong hand derivation cannot hide a wrong algorithm.
 */
class TextbookTest {

    private static Analysis<String> analyze(Relation<String> r) {
        Analysis<String> a = NormalFormAnalyzer.analyze(r);
        BruteForce oracle = new BruteForce(r);
        assertThat(a.candidateKeys().keys())
                .containsExactlyInAnyOrderElementsOf(oracle.keys().stream().map(oracle::names).toList());
        assertThat(a.normalForm()).isEqualTo(oracle.normalForm());
        return a;
    }

    private static List<String> fds(List<? extends CoverFd<?>> cover) {
        return cover.stream().map(CoverFd::toString).toList();
    }

    private static List<String> tags(List<DeclaredFd<String>> declared) {
        return declared.stream().map(DeclaredFd::origin).toList();
    }

    /*
     * A+ = ABCDE, E+ = EABCD, BC+ = BCDEA, CD+ = CDEAB; no single B, C, D is a superkey and BD+ = BD.
     * Every attribute is in a key, so 3NF holds; B -> D has a non-superkey left side, so BCNF fails.
     */
    @Test
    void fiveAttributesWithFourKeysIsThirdNormalForm() {
        Analysis<String> a = analyze(relation("R", "A B C D E", "A -> B, C", "C, D -> E", "B -> D", "E -> A"));

        assertThat(a.candidateKeys().keys()).containsExactly(
                List.of("A"), List.of("E"), List.of("B", "C"), List.of("C", "D"));
        assertThat(a.candidateKeys().complete()).isTrue();
        assertThat(a.primality().prime()).containsExactly("A", "B", "C", "D", "E");
        assertThat(fds(a.minimalCover())).containsExactly("A → B", "A → C", "C, D → E", "B → D", "E → A");
        assertThat(a.normalForm()).isEqualTo(NormalForm.THIRD);
        assertThat(a.normalFormExact()).isTrue();
        assertThat(a.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Kind.NON_KEY_DETERMINANT);
            assertThat(v.lhs()).containsExactly("B");
            assertThat(v.rhs()).isEqualTo("D");
            assertThat(v.key()).containsExactly("C", "D");
            assertThat(tags(v.declared())).containsExactly("line 3");
            assertThat(v.message()).isEqualTo(
                    "B → D: B is not a key of R, but D is part of the key (C, D), so 3NF allows this and BCNF does not.");
        });
        assertThat(a.decomposition()).isEmpty();
    }

    /* A and B are on no right side, so in every key; AB+ = all. C -> D and D -> E are transitive. */
    @Test
    void chainBehindCompositeKeyIsSecondNormalForm() {
        Analysis<String> a = analyze(relation("R", "A B C D E", "A, B -> C", "C -> D", "D -> E"));

        assertThat(a.candidateKeys().keys()).containsExactly(List.of("A", "B"));
        assertThat(a.primality().nonPrime()).containsExactly("C", "D", "E");
        assertThat(a.normalForm()).isEqualTo(NormalForm.SECOND);
        assertThat(a.violations()).extracting(Violation::kind, v -> v.lhs() + "->" + v.rhs())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.TRANSITIVE_DEPENDENCY, "[C]->D"),
                        org.assertj.core.groups.Tuple.tuple(Kind.TRANSITIVE_DEPENDENCY, "[D]->E"));
        assertThat(a.violations().get(0).message()).isEqualTo(
                "C → D: C is not a key of R, and D is not part of any key (transitive dependency (A, B) → C → D).");
        assertThat(a.decomposition()).extracting(ProposedRelation::nameHint, ProposedRelation::attributes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("R", List.of("A", "B", "C")),
                        org.assertj.core.groups.Tuple.tuple("R_C", List.of("C", "D")),
                        org.assertj.core.groups.Tuple.tuple("R_D", List.of("D", "E")));
    }

    /*
     * C and D are on no right side. CD+ = CD; adding A gives AB, then E via BC: ACD is a key; BCD+
     * gets E then A; CDE+ gets A then B. All attributes prime: 3NF. All three dependencies have
     * non-superkey left sides (A+ = AB, BC+ = BCE, DE+ = ABDE): three BCNF violations.
     */
    @Test
    void threeKeysOfThreeAttributes() {
        Analysis<String> a = analyze(relation("R", "A B C D E", "A -> B", "B, C -> E", "E, D -> A"));

        assertThat(a.candidateKeys().keys()).containsExactly(
                List.of("A", "C", "D"), List.of("B", "C", "D"), List.of("C", "D", "E"));
        assertThat(a.normalForm()).isEqualTo(NormalForm.THIRD);
        assertThat(a.violations()).extracting(Violation::kind).containsOnly(Kind.NON_KEY_DETERMINANT).hasSize(3);
    }

    /*
     * Elmasri & Navathe: key AB (A, B on no right side). A -> DE and B -> F are partial; F -> GH and
     * D -> IJ transitive. G, H, I, J also depend on part of the key, but only through F and D, which
     * are reported already, so they are not repeated.
     */
    @Test
    void elmasriNavatheTenAttributes() {
        Analysis<String> a = analyze(relation("R", "A B C D E F G H I J",
                "A, B -> C", "A -> D, E", "B -> F", "F -> G, H", "D -> I, J"));

        assertThat(a.candidateKeys().keys()).containsExactly(List.of("A", "B"));
        assertThat(a.normalForm()).isEqualTo(NormalForm.FIRST);
        assertThat(a.violations()).extracting(v -> v.kind() + " " + String.join(",", v.lhs()) + "->" + v.rhs())
                .containsExactly(
                        "PARTIAL_DEPENDENCY A->D", "PARTIAL_DEPENDENCY A->E", "PARTIAL_DEPENDENCY B->F",
                        "TRANSITIVE_DEPENDENCY F->G", "TRANSITIVE_DEPENDENCY F->H",
                        "TRANSITIVE_DEPENDENCY D->I", "TRANSITIVE_DEPENDENCY D->J");
        assertThat(a.decomposition()).extracting(ProposedRelation::nameHint, p -> String.join("", p.attributes()),
                        p -> String.join("", p.key()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("R", "ABC", "AB"),
                        org.assertj.core.groups.Tuple.tuple("R_A", "ADE", "A"),
                        org.assertj.core.groups.Tuple.tuple("R_B", "BF", "B"),
                        org.assertj.core.groups.Tuple.tuple("R_F", "FGH", "F"),
                        org.assertj.core.groups.Tuple.tuple("R_D", "DIJ", "D"));
    }

    /* id is the only key; zip is not a superkey and city, state are non-prime: transitive, 2NF. */
    @Test
    void addressWithZipDeterminingCityIsSecondNormalForm() {
        Relation<String> r = relation("Address", "id street zip city state", "key id", "zip -> city, state");
        Analysis<String> a = analyze(r);

        assertThat(a.candidateKeys().keys()).containsExactly(List.of("id"));
        assertThat(a.primality().prime()).containsExactly("id");
        // The key's id -> city and id -> state follow through zip; the user's line stays in the cover.
        assertThat(fds(a.minimalCover())).containsExactly("id → street", "id → zip", "zip → city", "zip → state");
        assertThat(a.normalForm()).isEqualTo(NormalForm.SECOND);
        assertThat(a.violations()).hasSize(2).allSatisfy(v -> {
            assertThat(v.kind()).isEqualTo(Kind.TRANSITIVE_DEPENDENCY);
            assertThat(v.certain()).isTrue();
            assertThat(v.implied()).isFalse();
            assertThat(tags(v.declared())).containsExactly("line 2");
        });
        assertThat(a.violations().get(0).message()).isEqualTo(
                "zip → city: zip is not a key of Address, and city is not part of any key"
                        + " (transitive dependency id → zip → city).");
        assertThat(a.redundant()).isEmpty();

        assertThat(a.decomposition()).hasSize(2);
        ProposedRelation<String> main = a.decomposition().get(0);
        assertThat(main.nameHint()).isEqualTo("Address");
        assertThat(main.attributes()).containsExactly("id", "street", "zip");
        assertThat(main.key()).containsExactly("id");
        assertThat(tags(main.declared())).containsExactly("line 1");
        ProposedRelation<String> zip = a.decomposition().get(1);
        assertThat(zip.nameHint()).isEqualTo("Address_zip");
        assertThat(zip.attributes()).containsExactly("zip", "city", "state");
        assertThat(zip.key()).containsExactly("zip");
        assertThat(tags(zip.declared())).containsExactly("line 2");
    }

    /* (order_id, product_id) is the only key; product_id alone determines product_name: partial, 1NF. */
    @Test
    void orderLineWithPartialDependencyIsFirstNormalForm() {
        Relation<String> r = relation("OrderLine", "order_id product_id product_name quantity",
                "key order_id, product_id", "product_id -> product_name");
        Analysis<String> a = analyze(r);

        assertThat(a.candidateKeys().keys()).containsExactly(List.of("order_id", "product_id"));
        assertThat(a.normalForm()).isEqualTo(NormalForm.FIRST);
        assertThat(a.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Kind.PARTIAL_DEPENDENCY);
            assertThat(v.lhs()).containsExactly("product_id");
            assertThat(v.key()).containsExactly("order_id", "product_id");
            // The key declaration reduces to the same dependency, but the user's line states it.
            assertThat(tags(v.declared())).containsExactly("line 2");
            assertThat(v.message()).isEqualTo("product_id → product_name: product_id is only part of the key"
                    + " (order_id, product_id), and product_name is not part of any key (partial dependency).");
        });
        assertThat(a.decomposition()).extracting(ProposedRelation::nameHint, ProposedRelation::attributes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("OrderLine", List.of("order_id", "product_id", "quantity")),
                        org.assertj.core.groups.Tuple.tuple("OrderLine_product_id", List.of("product_id", "product_name")));
    }

    /*
     * student is on no right side. (student, course) and (student, teacher) are keys; every attribute
     * is prime so 3NF holds, but teacher -> course has a non-key left side: 3NF, not BCNF.
     */
    @Test
    void studentCourseTeacherViolatesOnlyBcnf() {
        Analysis<String> a = analyze(relation("Enrollment", "student course teacher",
                "student, course -> teacher", "teacher -> course"));

        assertThat(a.candidateKeys().keys()).containsExactly(List.of("student", "course"), List.of("student", "teacher"));
        assertThat(a.normalForm()).isEqualTo(NormalForm.THIRD);
        assertThat(a.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Kind.NON_KEY_DETERMINANT);
            assertThat(v.message()).isEqualTo("teacher → course: teacher is not a key of Enrollment, but course is"
                    + " part of the key (student, course), so 3NF allows this and BCNF does not.");
            assertThat(tags(v.declared())).containsExactly("line 2");
        });
        assertThat(a.decomposition()).isEmpty();
    }

    @Test
    void noDependenciesMeansTheWholeRelationIsTheKey() {
        Analysis<String> a = analyze(relation("Tag", "post tag position"));

        assertThat(a.candidateKeys().keys()).containsExactly(List.of("post", "tag", "position"));
        assertThat(a.candidateKeys().complete()).isTrue();
        assertThat(a.minimalCover()).isEmpty();
        assertThat(a.normalForm()).isEqualTo(NormalForm.BOYCE_CODD);
        assertThat(a.violations()).isEmpty();
    }

    /*
     * Keys AB, BC, BE (B is on no right side; A, C, E each complete it). D is the only non-prime
     * attribute. A+ = ACED, so D depends on A, part of key AB: not 2NF. Yet the cover is
     * {A -> C, A -> E, BC -> A, BE -> A, CE -> D} and CE lies in no key, so no cover dependency is
     * partial by itself: the partial dependency A -> D must be derived.
     */
    @Test
    void partialDependencyVisibleOnlyThroughAChainOfPrimeAttributes() {
        Analysis<String> a = analyze(relation("R", "A B C D E",
                "key A, B", "A -> C", "A -> E", "B, C -> A", "B, E -> A", "C, E -> D"));

        assertThat(a.candidateKeys().keys()).containsExactly(List.of("A", "B"), List.of("B", "C"), List.of("B", "E"));
        assertThat(fds(a.minimalCover())).containsExactly("A → C", "A → E", "B, C → A", "B, E → A", "C, E → D");
        assertThat(a.normalForm()).isEqualTo(NormalForm.FIRST);
        Violation<String> partial = a.violations().get(0);
        assertThat(partial.kind()).isEqualTo(Kind.PARTIAL_DEPENDENCY);
        assertThat(partial.implied()).isTrue();
        assertThat(partial.lhs()).containsExactly("A");
        assertThat(partial.rhs()).isEqualTo("D");
        assertThat(fds(partial.derivation())).containsExactly("A → C", "A → E", "C, E → D");
        assertThat(tags(partial.declared())).containsExactly("line 2", "line 3", "line 6");
        assertThat(partial.message()).isEqualTo("A → D: A is only part of the key (A, B), and D is not part of any"
                + " key (partial dependency, implied by A → C; A → E; C, E → D).");
        assertThat(a.violations()).extracting(Violation::kind).containsExactly(Kind.PARTIAL_DEPENDENCY,
                Kind.TRANSITIVE_DEPENDENCY, Kind.NON_KEY_DETERMINANT, Kind.NON_KEY_DETERMINANT);
    }

    @Test
    void redundantDeclarationsAreNamedLatestFirst() {
        Analysis<String> a = analyze(relation("R", "id email name A B C",
                "key id", "key id, email", "A -> B", "B -> C", "A -> C", "A, B -> A"));

        assertThat(tags(a.redundant())).containsExactly("line 2", "line 5", "line 6");
    }

    @Test
    void constantsDependOnTheEmptySet() {
        // ∅ -> A: A is the same in every row; it depends on ∅, a proper subset of key B.
        Analysis<String> a = analyze(relation("R", "A B", " -> A"));

        assertThat(a.candidateKeys().keys()).containsExactly(List.of("B"));
        assertThat(a.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Kind.PARTIAL_DEPENDENCY);
            assertThat(v.lhs()).isEmpty();
        });
    }

    @Test
    void emptyRelationIsTriviallyBcnf() {
        Analysis<String> a = analyze(relation("Nothing", ""));
        assertThat(a.candidateKeys().keys()).containsExactly(List.of());
        assertThat(a.normalForm()).isEqualTo(NormalForm.BOYCE_CODD);
    }

    @Test
    void closureFollowsDeclarations() {
        Relation<String> r = relation("Address", "id street zip city state", "key id", "zip -> city, state");
        assertThat(NormalFormAnalyzer.closure(r, List.of("zip"))).containsExactly("zip", "city", "state");
        assertThat(NormalFormAnalyzer.closure(r, List.of("id"))).containsExactly("id", "street", "zip", "city", "state");
    }

    @Test
    void rejectsMalformedRelations() {
        assertThatThrownBy(() -> relation("R", "A B A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate attribute 'A'");
        assertThatThrownBy(() -> relation("R", "A B", "A -> X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown attribute 'X'");
        assertThatThrownBy(() -> new Limits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
