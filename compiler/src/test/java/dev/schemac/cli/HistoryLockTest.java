package dev.schemac.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.evolve.HistoryFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the history's lock leaves behind when it cannot be taken. */
class HistoryLockTest {
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

        var lock = HistoryLock.take(out);
        assertThat(lock.problem).isNull();
        assertThat(top).as("the folders made for a lock that could not be taken").doesNotExist();
        assertThat(dir).isEmptyDirectory();
        lock.close();
    }
}
