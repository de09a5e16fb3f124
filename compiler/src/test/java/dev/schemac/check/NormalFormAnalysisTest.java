package dev.schemac.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.analysis.EntityNormalForm;
import dev.schemac.compile.Compilation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Textbook normalization exercises written as entities, checked through the analysis the
 * compilation keeps: the candidate keys and normal form each exercise is known to have.
 * Timestamps are off so the attributes are exactly the exercise's.
 */
class NormalFormAnalysisTest {

    private static EntityNormalForm analyse(String entity, String body) {
        Compilation c = SeverityTest.compile("entity " + entity + " {\n" + body + "\n  @@timestamps(false)\n}\n",
                Map.of(), false);
        return c.analyses().normalForms().of(entity).orElseThrow();
    }

    @Test
    void threeKeysAllPrimeIsThirdButNotBoyceCodd() {
        // R(A, B, C, D), AB -> C, C -> D, D -> A: keys AB, BC, BD; every attribute prime.
        var nf = analyse("R", """
                  a int
                  b int
                  c int
                  d int
                  @@id(a, b)
                  @@depends(c -> d)
                  @@depends(d -> a)""");
        assertThat(nf.candidateKeys()).containsExactly(List.of("a", "b"), List.of("b", "c"), List.of("b", "d"));
        assertThat(nf.candidateKeysComplete()).isTrue();
        assertThat(nf.primeAttributes()).containsExactly("a", "b", "c", "d");
        assertThat(nf.highestNormalForm()).isEqualTo("3NF");
        assertThat(nf.violations()).extracting(v -> v.normalForm() + " " + String.join(",", v.from()) + "->" + v.to())
                .containsExactly("BCNF c->d", "BCNF d->a");
        assertThat(nf.decomposition()).isEmpty();
    }

    @Test
    void elmasriWorksOnIsInFirstNormalFormOnly() {
        // EMP_PROJ(ssn, pnumber, hours, ename, pname, plocation): key (ssn, pnumber),
        // ssn -> ename and pnumber -> pname, plocation are partial dependencies.
        var nf = analyse("EmpProj", """
                  ssn        string(11) @id
                  pnumber    int        @id
                  hours      decimal(5, 1)
                  ename      string(100)
                  pname      string(100)
                  plocation  string(100)
                  @@depends(ssn -> ename)
                  @@depends(pnumber -> pname, plocation)""");
        assertThat(nf.candidateKeys()).containsExactly(List.of("ssn", "pnumber"));
        assertThat(nf.highestNormalForm()).isEqualTo("1NF");
        assertThat(nf.violations()).extracting(v -> v.kind() + " " + v.to())
                .containsExactly("partial dependency ename", "partial dependency pname", "partial dependency plocation");
        assertThat(nf.decomposition()).contains("entity EmpProj {", "entity EmpProjSsn {", "entity EmpProjPnumber {");
    }

    @Test
    void transitiveChainIsInSecondNormalForm() {
        // EMP_DEPT(ssn, ename, dnumber, dname, dmgr_ssn): ssn -> dnumber -> dname, dmgr_ssn.
        var nf = analyse("EmpDept", """
                  ssn       string(11) @id
                  ename     string(100)
                  dnumber   int
                  dname     string(50)
                  dmgr_ssn  string(11)
                  @@depends(dnumber -> dname, dmgr_ssn)""");
        assertThat(nf.candidateKeys()).containsExactly(List.of("ssn"));
        assertThat(nf.nonPrimeAttributes()).containsExactly("ename", "dnumber", "dname", "dmgr_ssn");
        assertThat(nf.highestNormalForm()).isEqualTo("2NF");
        assertThat(nf.violations()).extracting(v -> v.kind() + " " + v.to())
                .containsExactly("transitive dependency dname", "transitive dependency dmgr_ssn");
    }

    @Test
    void keysAndUniquesAloneAreBoyceCodd() {
        var nf = analyse("Product", """
                  sku   string(32) @unique
                  name  string(200)
                  price decimal(10, 2)
                  @@unique(name, price)""");
        assertThat(nf.candidateKeys()).containsExactly(List.of("id"), List.of("sku"), List.of("name", "price"));
        assertThat(nf.highestNormalForm()).isEqualTo("BCNF");
        assertThat(nf.dependencies()).extracting(d -> d.source()).containsExactly("primary key", "@unique", "@@unique");
        assertThat(nf.violations()).isEmpty();
    }

    @Test
    void exponentiallyManyKeysStopAtTheBoundAndSaySo() {
        var b = new StringBuilder();
        var key = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            b.append("  a").append(i).append(" int\n  b").append(i).append(" int\n");
            b.append("  @@depends(a").append(i).append(" -> b").append(i).append(")\n");
            b.append("  @@depends(b").append(i).append(" -> a").append(i).append(")\n");
            key.append(i == 1 ? "" : ", ").append("a").append(i);
        }
        b.append("  @@unique(").append(key).append(")");
        var nf = analyse("Crosswalk", b.toString());
        // 2^12 keys of pairs, plus id: far past the bound of 1,000.
        assertThat(nf.candidateKeysComplete()).isFalse();
        assertThat(nf.candidateKeys()).hasSize(1000);
        assertThat(nf.keySearchNotice()).isEqualTo("more than 1000 candidate keys; the first 1000 are listed");
        assertThat(nf.highestNormalForm()).isEqualTo("3NF");
        assertThat(nf.normalFormExact()).isTrue();
    }

    @Test
    void acknowledgementIsRecordedWithItsReason() {
        var nf = analyse("Shipment", """
                  zip   string(10)
                  city  string(100)
                  @@depends(zip -> city)
                  @@denormalized("printed on the label as shipped")""");
        assertThat(nf.acknowledged()).isTrue();
        assertThat(nf.acknowledgedReason()).isEqualTo("printed on the label as shipped");
        assertThat(nf.acknowledgedFindings()).singleElement().asString().startsWith("SC804 `Shipment` is not in 3NF");
    }
}
