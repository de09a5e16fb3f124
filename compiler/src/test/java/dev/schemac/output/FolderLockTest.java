package dev.schemac.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.evolve.HistoryFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the history's lock leaves behind when it cannot be taken; that no plan is written without its folder's lock. */
class FolderLockTest {
    @TempDir Path dir;

    /**
     * A folder the lock file cannot be made in (here: the lock file's path is past the file system's
     * 4,095 bytes while the folder's is not) leaves the run unlocked, and the folders made for the
     * lock are removed again, as close() removes them after a run that held it.
     */
    @Test
    void aLockFileThatCannotBeMadeLeavesNoFolderBehind() {
        Path top = dir.resolve("made");
        // Folders of 200 bytes a name until the history's folder is 4,090 bytes: "/.lock" brings it to 4,096.
        Path out = top;
        while (out.toAbsolutePath().toString().length() + 1 + HistoryFolder.DIR.length() + 201 + 30 < 4090) out = out.resolve("d".repeat(200));
        int rest = 4090 - out.toAbsolutePath().toString().length() - 1 - HistoryFolder.DIR.length() - 1;
        out = out.resolve("e".repeat(rest));
        Path folder = out.resolve(HistoryFolder.DIR);
        assertThat(folder.toAbsolutePath().toString()).hasSize(4090);

        var lock = FolderLock.history(out, folder);
        assertThat(lock.problem).isNull();
        assertThat(top).as("the folders made for a lock that could not be taken").doesNotExist();
        assertThat(dir).isEmptyDirectory();
        lock.close();
    }

    /** The one gate every writer passes: a plan goes into a transaction only under its own folder's lock. */
    @Test
    void aPlanIsWrittenOnlyUnderItsFoldersLock() throws Exception {
        Path out = dir.resolve("out");
        var claim = new OutputFolder.Claim("shop", false, java.util.List.of());
        var plan = new OutputFolder(out, claim).plan(java.util.Map.of("a.txt", "a\n"), java.util.Map.of("a.txt", "json"), java.util.Set.of());
        assertThat(plan.problem()).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.addTo(new FileTransaction(out), OutputLocks.none()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without the lock of " + out.toAbsolutePath());
        try (var other = OutputLocks.take(java.util.List.of(dir.resolve("other")), null)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan.addTo(new FileTransaction(out), other))
                    .isInstanceOf(IllegalStateException.class);
        }
        try (var locks = OutputLocks.take(java.util.List.of(out, dir.resolve("x/../out")), null)) {
            assertThat(locks.problem()).isNull();
            var tx = new FileTransaction(out);
            plan.addTo(tx, locks);
            assertThat(tx.commit().failed()).isFalse();
        }
        assertThat(out.resolve("a.txt")).hasContent("a");
        assertThat(out.resolve(Manifest.NAME)).content().contains("\nmodel shop\n").contains(" json a.txt\n");
    }
}
