package dev.schemac.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.model.Dialect;
import dev.schemac.support.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The first MySQL release that enforces a CHECK has one home, {@link Dialect#MYSQL_CHECKS_ENFORCED_FROM}; the pages
 * of docs/ and the README that name it (as "MySQL X+", "MySQL before X" in a sentence about checks, or the MySQL
 * DDL's "MySQL (X or later)") name that release, so a change of it fails here until every page follows.
 */
class MysqlChecksReleaseInDocsTest {
    private static final Pattern RELEASE = Pattern.compile("MySQL (?:before )?(\\d+\\.\\d+\\.\\d+)\\+?");
    private static final Pattern TARGET = Pattern.compile("MySQL \\((\\d+\\.\\d+\\.\\d+) or later\\)");

    @Test
    void everyPageNamesTheOneRelease() throws IOException {
        var files = new ArrayList<Path>();
        files.add(TestPaths.root().resolve("README.md"));
        try (Stream<Path> docs = Files.walk(TestPaths.root().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        var wrong = new ArrayList<String>();
        var pages = new TreeSet<String>();
        for (Path f : files) {
            String text = Files.readString(f).replaceAll("\\s+", " ");
            for (String sentence : text.split("(?<=[.;:])\\s+")) {
                var found = new ArrayList<String>();
                Matcher t = TARGET.matcher(sentence);
                while (t.find()) found.add(t.group(1));
                if (sentence.toLowerCase(java.util.Locale.ROOT).contains("check")) {
                    Matcher r = RELEASE.matcher(sentence);
                    while (r.find()) {
                        // The MySQL the tests install is named as such, not as the release that enforces checks.
                        if (r.group().endsWith("+") || r.group().contains("before")) found.add(r.group(1));
                    }
                }
                for (String release : found) {
                    pages.add(TestPaths.root().relativize(f).toString());
                    if (!release.equals(Dialect.MYSQL_CHECKS_ENFORCED_FROM)) wrong.add(f.getFileName() + ": " + sentence);
                }
            }
        }
        assertThat(wrong).as("sentences naming another release than %s", Dialect.MYSQL_CHECKS_ENFORCED_FROM).isEmpty();
        assertThat(pages).as("the pages that name the release").containsAll(List.of("docs/targets/sql.md", "docs/targets/migrations.md",
                "docs/pull.md"));
    }
}
