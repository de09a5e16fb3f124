package dev.schemac.cli.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How a command line is read against a command's declaration. */
class ParserTest {
    static final Option OUT = Option.value("DIR", "Output folder.", "-o", "--out");
    static final Option NAME = Option.value("NAME", "A name.", "--name");
    static final Option TARGET = Option.list("T", "Targets.", "-t", "--target");
    static final Option SEVERITY = Option.repeatable("CODE=LEVEL", "A severity.", "--severity");
    static final Option STRICT = Option.flag("Strict.", "--strict");
    static final Option QUIET = Option.flag("Quiet.", "-q", "--quiet");
    static final Option FORMAT = Option.value("<format>", "Format.", "--format")
            .withChoices(List.of("human", "json")).withDefault("human");
    static final Option FROM_URL = Option.optionalValue("URL", "A database.", w -> !w.startsWith("-") && !w.endsWith(".schema"),
            "--from-url");

    static final CommandSpec SPEC = CommandSpec.of("build", "Builds.")
            .positional(Positional.oneOrMore("FILE", "Files."))
            .with(OUT, NAME, TARGET, SEVERITY, STRICT, QUIET, FORMAT, FROM_URL);

    static Parsed parse(String... args) {
        return Parser.parse(SPEC, List.of(args));
    }

    static UsageError error(String... args) {
        try {
            parse(args);
        } catch (UsageError e) {
            return e;
        }
        throw new AssertionError("no usage error for " + List.of(args));
    }

    @Test
    void aValueFollowsItsOptionAsTheNextWordOrAfterAnEqualsSign() {
        assertThat(parse("--out", "a", "m").value(OUT)).isEqualTo("a");
        assertThat(parse("--out=a=b", "m").value(OUT)).isEqualTo("a=b");
        assertThat(parse("--out=", "m").value(OUT)).isEmpty();
        assertThat(parse("-o", "a", "m").value(OUT)).isEqualTo("a");
        assertThat(parse("-oa", "m").value(OUT)).isEqualTo("a");
        assertThat(parse("-o=a", "m").value(OUT)).isEqualTo("a");
        assertThat(parse("m", "-o", "-").value(OUT)).as("a value may be `-`").isEqualTo("-");
        assertThat(parse("m").value(OUT)).isNull();
        assertThat(parse("m").given(OUT)).isFalse();
    }

    @Test
    void repeatedOptionsAccumulateAndListsSplitOnCommas() {
        assertThat(parse("-t", "a,b", "m").values(TARGET)).containsExactly("a", "b");
        assertThat(parse("-t", "a", "--target", "b", "-tc,d", "--target=e", "m").values(TARGET))
                .containsExactly("a", "b", "c", "d", "e");
        assertThat(parse("--severity", "SC1=off", "--severity=SC2=error", "m").values(SEVERITY))
                .containsExactly("SC1=off", "SC2=error");
        assertThat(parse("--severity", "a,b", "m").values(SEVERITY)).as("only lists split").containsExactly("a,b");
        assertThat(parse("m").values(TARGET)).isEmpty();
        assertThat(parse("-t", "", "m").given(TARGET)).isTrue();
    }

    @Test
    void aSingleValueOptionGivenTwiceIsAUsageError() {
        assertThat(error("--out", "a", "-o", "b", "m")).hasMessage("-o is given twice (`a`, then `b`): give it once");
    }

    @Test
    void doubleDashEndsTheOptionsAndADashAloneIsAWord() {
        var p = parse("--strict", "--", "-x", "--out", "-");
        assertThat(p.given(STRICT)).isTrue();
        assertThat(p.given(OUT)).isFalse();
        assertThat(p.positionals()).containsExactly("-x", "--out", "-");
        assertThat(parse("-", "m").positionals()).containsExactly("-", "m");
        assertThat(parse("a", "--strict", "b").positionals()).as("options may follow words").containsExactly("a", "b");
    }

    @Test
    void flagsTakeNoValueAndClusterAsShortOptions() {
        assertThat(parse("--strict", "m").given(STRICT)).isTrue();
        assertThat(parse("--strict", "m").positionals()).containsExactly("m");
        assertThat(error("--strict=true", "m")).hasMessageContaining("--strict takes no value");
        var clustered = parse("-qoa", "m");
        assertThat(clustered.given(QUIET)).isTrue();
        assertThat(clustered.value(OUT)).isEqualTo("a");
    }

    @Test
    void anOptionalValueIsTakenOnlyWhenTheNextWordIsOne() {
        assertThat(parse("m").value(FROM_URL)).isNull();
        assertThat(parse("--from-url", "sqlite:x.db", "m").value(FROM_URL)).isEqualTo("sqlite:x.db");
        assertThat(parse("--from-url=m.schema", "n").value(FROM_URL)).isEqualTo("m.schema");
        var bare = parse("--from-url", "m.schema", "--name", "adopt");
        assertThat(bare.value(FROM_URL)).isEmpty();
        assertThat(bare.positionals()).containsExactly("m.schema");
        assertThat(parse("m", "--from-url").value(FROM_URL)).isEmpty();
        assertThat(parse("m", "--from-url", "--strict").value(FROM_URL)).isEmpty();
        assertThat(parse("m", "--from-url", "-").value(FROM_URL)).isEmpty();
    }

    @Test
    void defaultsAndChoices() {
        assertThat(parse("m").value(FORMAT)).isEqualTo("human");
        assertThat(parse("m").given(FORMAT)).isFalse();
        assertThat(parse("--format", "json", "m").value(FORMAT)).isEqualTo("json");
        assertThat(error("--format", "xml", "m")).hasMessage("--format takes human, json; not `xml`");
    }

    @Test
    void aMissingValueIsAUsageErrorEvenWhenAnotherOptionFollows() {
        assertThat(error("m", "--out")).hasMessage("--out needs a value: --out=DIR");
        assertThat(error("m", "-o")).hasMessage("-o needs a value: -o DIR");
        assertThat(error("--out", "--strict", "m")).hasMessage("--out needs a value: --out=DIR");
        assertThat(error("--out", "--name=x", "m")).hasMessage("--out needs a value: --out=DIR");
    }

    @Test
    void unknownOptionsAreUsageErrorsWithASuggestionWhenOneIsClose() {
        var close = error("--stirct", "m");
        assertThat(close).hasMessage("unknown option `--stirct` for build. Did you mean `--strict`?");
        assertThat(close.showHelp()).as("the suggestion is the help").isFalse();
        var far = error("--frobnicate", "m");
        assertThat(far).hasMessage("unknown option `--frobnicate` for build");
        assertThat(far.showHelp()).isTrue();
        assertThat(error("-x", "m")).hasMessage("unknown option `-x` for build");
        assertThat(error("-qx", "m")).hasMessage("unknown option `-x` for build");
    }

    @Test
    void theNumberOfWordsIsChecked() {
        assertThat(error()).hasMessage("FILE is missing: give at least one");
        assertThat(error("--strict")).hasMessage("FILE is missing: give at least one");
        var one = CommandSpec.of("explain", "Explains.").positional(Positional.optional("CODE", "A code."));
        assertThat(Parser.parse(one, List.of()).positionals()).isEmpty();
        assertThatThrownBy(() -> Parser.parse(one, List.of("a", "b"))).isInstanceOf(UsageError.class)
                .hasMessage("unexpected argument `b`: explain takes at most 1 CODE");
        var none = CommandSpec.of("pull", "Pulls.");
        assertThatThrownBy(() -> Parser.parse(none, List.of("x"))).hasMessage("unexpected argument `x`: pull takes options only");
    }

    @Test
    void helpWinsOverEveryOtherMistake() {
        assertThat(parse("-h").helpAsked()).isTrue();
        assertThat(parse("--frob", "--help").helpAsked()).isTrue();
        assertThat(parse("-qh").helpAsked()).isTrue();
        assertThat(parse("--", "-h").helpAsked()).as("after -- it is a word").isFalse();
        assertThat(parse("m").helpAsked()).isFalse();
    }

    @Test
    void anOptionIsDeclaredOnce() {
        assertThatThrownBy(() -> CommandSpec.of("x", "X.").with(OUT, Option.value("D", "Again.", "-o")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-o twice");
        assertThatThrownBy(() -> Option.flag("Bad.", "strict")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Option.flag("Bad.", "-ab")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPathThatCannotBeOneIsAUsageError() {
        var settings = Option.value("FILE", "Settings.", "--settings");
        var spec = CommandSpec.of("x", "X.").with(settings);
        assertThat(Parser.parse(spec, List.of("--settings", "a/b.toml")).path(settings)).hasToString("a/b.toml");
        assertThatThrownBy(() -> Parser.parse(spec, List.of("--settings", "a\0b")).path(settings))
                .isInstanceOf(UsageError.class).hasMessageStartingWith("--settings: `a\0b` is not a path");
        // The positional words, each made a path its command's way, under their label.
        assertThat(parse("a", "-").positionalPaths(w -> w.equals("-") ? Path.of("<stdin>") : Path.of(w)))
                .containsExactly(Path.of("a"), Path.of("<stdin>"));
        assertThatThrownBy(() -> parse("a", "b\0").positionalPaths(Path::of))
                .isInstanceOf(UsageError.class).hasMessageStartingWith("FILE: `b\0` is not a path");
    }

    @Test
    void theHelpListsEveryOptionWithItsLabelAndAsksForKnownValuesOnlyThen() {
        var asked = new AtomicInteger();
        var known = Option.value("K", "A key.", "--key").withKnown(() -> {
            asked.incrementAndGet();
            return List.of("a.b", "c.d");
        });
        var spec = SPEC.with(known);
        Parser.parse(spec, List.of("--key", "a.b", "m"));
        assertThat(asked).as("parsing never lists them").hasValue(0);
        String help = Help.of("schemac build", spec);
        assertThat(asked).hasValue(1);
        assertThat(help).startsWith("Usage: schemac build [-h] [-q] [--strict] [--format=<format>] [--from-url[=URL]]")
                .contains("\nBuilds.\n")
                .contains("\n      FILE...  ")
                .contains("\n  -o, --out=DIR  ")
                .contains("[-t=T[,T...]]...")
                .contains("[--severity=CODE=LEVEL]...")
                .contains("\n  -t, --target=T[,T...]  ")
                .contains("\n      --key=K  ").contains("A key. Known: a.b, c.d\n")
                .contains("\n  -h, --help  ").contains("Show this help message and exit.");
        for (String line : help.split("\n")) assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
    }

    @Test
    void longDescriptionsWrapUnderTheirColumn() {
        String words = "word ".repeat(40).trim();
        var spec = CommandSpec.of("x", words).with(Option.value("V", words, "--a-rather-long-option-name-indeed"));
        String help = Help.of("schemac x", spec);
        assertThat(help).contains("\n      --a-rather-long-option-name-indeed=V\n" + " ".repeat(14) + "word word")
                .contains("\n  -h, --help  Show this help");
        for (String line : help.split("\n")) assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
    }
}
