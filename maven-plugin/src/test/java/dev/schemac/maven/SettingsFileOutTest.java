package dev.schemac.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.config.SettingsParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A goal with its own output folder (generate's, migrations-check's {@code historyDirectory}) never reads the settings
 * file's {@code out}, so one leading outside the project does not fail it; a goal that reads it still judges it (SC122).
 */
class SettingsFileOutTest {
    @TempDir
    Path tmp;

    private Path settingsLeadingOut() throws Exception {
        Files.createDirectory(tmp.resolve(".git"));
        return Files.writeString(tmp.resolve("schemac.toml"), "targets = [\"sqlite\"]\nout = \"../elsewhere\"\n");
    }

    @Test
    void generateHasItsOwnFolderAndPassesOverTheFilesOut() throws Exception {
        var mojo = new GenerateMojo();
        mojo.settingsFile = settingsLeadingOut().toFile();
        var settings = mojo.settings(new SettingsParser());
        assertThat(settings.out()).isNull();
        assertThat(settings.chosenTargets()).extracting(t -> t.name()).containsExactly("sqlite");
    }

    @Test
    void migrationsCheckPassesOverItOnlyWithItsOwnHistoryFolder() throws Exception {
        var mojo = new MigrationsCheckMojo();
        mojo.settingsFile = settingsLeadingOut().toFile();
        assertThatThrownBy(() -> mojo.settings(new SettingsParser())).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("the settings file");
        mojo.historyDirectory = tmp.resolve("history").toFile();
        assertThat(mojo.settings(new SettingsParser()).out()).isNull();
    }
}
