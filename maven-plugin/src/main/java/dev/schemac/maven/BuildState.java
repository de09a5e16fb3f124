package dev.schemac.maven;

import dev.schemac.output.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the last successful {@code generate} of one execution read and wrote, kept in the
 * build folder: a fingerprint of its configuration, and a hash of every file it read (models,
 * their imports, the settings file) and wrote. When all are unchanged the outputs are current
 * and the work is skipped, as the protobuf and ANTLR plugins skip theirs; a failed run leaves
 * no state, so the next run does the work.
 */
final class BuildState {
    private final Path file;

    BuildState(Path file) {
        this.file = file;
    }

    /** Whether the last run had this configuration and every file it read and wrote is as it left them. */
    boolean isCurrent(String fingerprint) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) return false;
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        if (lines.isEmpty() || !lines.get(0).equals("config " + fingerprint)) return false;
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(" ", 3);
            if (parts.length != 3 || !(parts[0].equals("read") || parts[0].equals("wrote"))) return false;
            if (!parts[1].equals(hash(Path.of(parts[2])))) return false;
        }
        return true;
    }

    void save(String fingerprint, Collection<Path> read, Collection<Path> wrote) throws IOException {
        var lines = new ArrayList<String>();
        lines.add("config " + fingerprint);
        for (Path p : read) lines.add("read " + hash(p) + " " + p.toAbsolutePath().normalize());
        for (Path p : wrote) lines.add("wrote " + hash(p) + " " + p.toAbsolutePath().normalize());
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale state only costs the next build its shortcut if it cannot be read back
        }
    }

    /** The SHA-256 of a file's bytes, or "missing". */
    static String hash(Path p) {
        try {
            if (!Files.isRegularFile(p)) return "missing";
            return Sha256.hex(Files.readAllBytes(p));
        } catch (IOException e) {
            return "unreadable";
        }
    }

}
