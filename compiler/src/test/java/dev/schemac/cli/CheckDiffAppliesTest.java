package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diffs `fmt --check` and `generate --check` print are what GNU patch carries out: applied
 * with the real `patch`, the files are current afterwards, and the hunks are those `diff -u`
 * writes (a lost final line break is `\ No newline at end of file`, a new file `@@ -0,0 +1,N @@`).
 */
class CheckDiffAppliesTest {
    @TempDir
    Path tmp;

    @Test
    void fmtsDiffOfAFileWithoutItsFinalLineBreakIsDiffsAndApplies() throws Exception {
        var r = Cli.shell(tmp, """
                set -e
                printf 'schema m {\\n  title = "M"\\n}\\n\\n/// X.\\nentity X {\\n  a int\\n}' > nonl.schema
                cp nonl.schema orig.schema
                if schemac fmt --check nonl.schema > fmt.diff 2>/dev/null; then echo "check passed"; exit 7; fi
                test -s fmt.diff || { echo "empty diff"; exit 8; }
                patch -p1 --batch --quiet < fmt.diff
                schemac fmt --check nonl.schema
                # The same hunks as diff -u (its header lines carry dates).
                diff -u orig.schema nonl.schema | tail -n +3 > expected.hunks || true
                tail -n +3 fmt.diff > ours.hunks
                cmp expected.hunks ours.hunks
                cat fmt.diff
                """);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).endsWith("-}\n\\ No newline at end of file\n+}\n");
    }

    @Test
    void generatesDiffRestoresALostLineBreakAnEditAndADeletedFile() throws Exception {
        var r = Cli.shell(tmp, """
                set -e
                printf 'schema m { title = "M" }\\n/// A thing.\\nentity Thing {\\n  name string(100)\\n}\\n' > m.schema
                schemac generate m.schema -t sqlite,java -o out > /dev/null 2>&1
                truncate -s -1 out/sql/sqlite/schema.sql
                sed -i '1s/^/-- edited by hand\\n/' out/sql/sqlite/drop.sql
                gone=$(find out/java -name 'Thing.java')
                cp "$gone" thing.orig && rm "$gone"
                if schemac generate m.schema -t sqlite,java -o out --check > gen.diff 2>/dev/null; then echo "check passed"; exit 7; fi
                grep -q '^\\\\ No newline at end of file$' gen.diff || { echo "no marker"; exit 8; }
                grep -q '^@@ -0,0 +1,' gen.diff || { echo "new file not from line 0"; exit 9; }
                (cd out && patch -p1 --batch --quiet < ../gen.diff)
                schemac generate m.schema -t sqlite,java -o out --check
                cmp thing.orig "$gone"
                """);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
    }
}
