package dev.schemac.nosql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.compile.Compilation;
import dev.schemac.compile.Compiler;
import dev.schemac.nosql.RelationChoice.Kind;
import dev.schemac.nosql.RelationChoice.Reason;
import dev.schemac.parse.SchemaReader;
import dev.schemac.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the document and key-value designs follow from a model's shape, each rule on a model of its own. */
class DesignTest {

    static Compilation compile(String text) {
        var parsed = SchemaReader.parse(new SourceFile("t.schema", text));
        var c = Compiler.compileAst(List.of(parsed.file()));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        return c;
    }

    static RelationChoice choice(Compilation c, String entity, String field) {
        var design = DocumentDesign.of(c.model(), c.catalog());
        return design.relations().stream().filter(r -> r.entity().equals(entity) && r.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice for " + entity + "." + field + " in " + design.relations()));
    }

    @Test
    void aChildOwnedByOneParentIsEmbeddedAndItsOwnChildrenNestInside() {
        var c = compile("""
                entity Invoice { lines Line[] }
                entity Line { invoice Invoice @on_delete(cascade)  notes Note[] }
                entity Note { line Line @on_delete(cascade)  text text }
                """);
        var lines = choice(c, "Invoice", "lines");
        assertThat(lines.kind()).isEqualTo(Kind.EMBED);
        assertThat(lines.reason()).isEqualTo(Reason.EMBED_OWNED);
        assertThat(choice(c, "Line", "notes").kind()).isEqualTo(Kind.EMBED);
        var design = DocumentDesign.of(c.model(), c.catalog());
        assertThat(design.collections()).extracting(DocCollection::name).containsExactly("invoices");
        assertThat(design.home("Note").name()).isEqualTo("invoices");
    }

    @Test
    void eachReasonToReference() {
        var c = compile("""
                entity Parent {
                  a  A[]
                  b  B[]
                  o  O[]
                  p  P[]
                  t  T[]
                  u  U[]
                  @@volume(rows = 10)
                }
                entity A { parent Parent }
                entity B { parent Parent? }
                entity O { parent Parent @on_delete(cascade) }
                entity X { o O }
                entity P { parent Parent @on_delete(cascade)  at datetime  @@index(parent, at) }
                entity T { parent Parent @on_delete(cascade)  @@volume(rows = 100_000) }
                entity U { parent Parent @on_delete(cascade)  code string(10) @unique }
                entity Solo { owner Parent @on_delete(cascade) }
                """);
        assertThat(choice(c, "A", "parent").reason()).isEqualTo(Reason.NOT_CASCADE);
        assertThat(choice(c, "B", "parent").reason()).isEqualTo(Reason.OPTIONAL);
        assertThat(choice(c, "O", "parent").reason()).isEqualTo(Reason.CLAIMED);
        assertThat(choice(c, "O", "parent").detail()).isEqualTo("is also referred to by `X.o`");
        assertThat(choice(c, "P", "parent").reason()).isEqualTo(Reason.PAGED);
        assertThat(choice(c, "T", "parent").reason()).isEqualTo(Reason.TOO_MANY);
        assertThat(choice(c, "T", "parent").bound().rows()).isEqualTo(100_000);
        assertThat(choice(c, "T", "parent").bound().parents()).isEqualTo(10);
        assertThat(choice(c, "T", "parent").bound().most()).isEqualTo(10_000);
        assertThat(choice(c, "U", "parent").reason()).isEqualTo(Reason.UNIQUE_ACROSS_PARENTS);
        assertThat(choice(c, "Solo", "owner").reason()).isEqualTo(Reason.NO_BACK_SIDE);
    }

    /**
     * Growth without bound is no child for one document: a child keyed by its parent and an
     * instant (a series), or one whose declared volume exceeds a document's share while its parent
     * declares none; each reference says why, and an embedding says what bounds it.
     */
    @Test
    void aChildThatGrowsWithoutBoundIsReferencedAndTheSentenceSaysWhy() {
        var c = compile("""
                entity Sensor { readings Reading[]  samples Sample[]  notes Note[]  tags Tag[] }
                entity Reading { sensor Sensor @id @on_delete(cascade)  taken_at datetime @id  value int }
                entity Sample { sensor Sensor @on_delete(cascade)  value int  @@volume(rows = 500_000_000) }
                entity Note { sensor Sensor @on_delete(cascade)  body text  @@volume(rows = 900) }
                entity Tag { sensor Sensor @on_delete(cascade)  label string(20) }
                """);
        var design = DocumentDesign.of(c.model(), c.catalog());
        var readings = choice(c, "Reading", "sensor");
        assertThat(readings.reason()).isEqualTo(Reason.TIME_KEYED);
        assertThat(Reasons.relation(readings, c.model(), design)).endsWith("not embedded, because Reading is keyed by its Sensor and"
                + " `taken_at`, so each new `taken_at` can add one more Reading row to a Sensor, and no `@@volume` on Reading says how"
                + " many there are: one Sensor document holding them has no bound on its size.");
        var samples = choice(c, "Sample", "sensor");
        assertThat(samples.reason()).isEqualTo(Reason.UNBOUNDED);
        assertThat(Reasons.relation(samples, c.model(), design)).endsWith("Sample declares 500,000,000 rows (`@@volume`) and Sensor declares none, so all of them, more than the 1000 one"
                        + " document should hold, may belong to one Sensor.");
        assertThat(choice(c, "Sensor", "notes").kind()).isEqualTo(Kind.EMBED);
        assertThat(Reasons.relation(choice(c, "Sensor", "notes"), c.model(), design))
                .endsWith("Note declares 900 rows (`@@volume`) in all, within the 1000 one document should hold even if one Sensor had them all.");
        assertThat(Reasons.relation(choice(c, "Sensor", "tags"), c.model(), design))
                .endsWith("no `@@volume` says how many Tag rows one Sensor gathers, so the design takes them to be few; a `@@volume` on"
                        + " Tag of more than 1000 rows, or more than 1000 per Sensor on average with a `@@volume` on Sensor too, keeps them"
                        + " in a collection of their own.");
        assertThat(design.collections()).extracting(DocCollection::name).containsExactlyInAnyOrder("sensors", "readings", "samples");
    }

    /**
     * How many children one parent gathers is asked only of a list: a one-to-one child of many
     * declared rows is one per parent, embedded, and no
     * sentence says one parent may hold more. Where both sides declare a volume, those bound
     * the rows per parent, a series or not, and the sentence says that bound.
     */
    @Test
    void aOneToOneGathersNoneAndDeclaredVolumesBoundASeries() {
        var c = compile("""
                entity Author { profile Profile?  logs Log[]  days Day[]  @@volume(rows = 1_000) }
                entity Profile { author Author @unique @on_delete(cascade)  bio text  @@volume(rows = 5_000) }
                entity Log { author Author @id @on_delete(cascade)  logged_at datetime @id  @@volume(rows = 500_000) }
                entity Day { author Author @id @on_delete(cascade)  day date @id  @@volume(rows = 5_000_000) }
                """);
        var design = DocumentDesign.of(c.model(), c.catalog());
        var profile = choice(c, "Author", "profile");
        assertThat(profile.kind()).isEqualTo(Kind.EMBED);
        assertThat(Reasons.relation(profile, c.model(), design)).doesNotContain("more than the").contains("it is one Profile per Author");
        var logs = choice(c, "Author", "logs");
        assertThat(logs.kind()).isEqualTo(Kind.EMBED);
        assertThat(Reasons.relation(logs, c.model(), design)).doesNotContain("no bound")
                .contains("the declared volumes (`@@volume`), 500,000 Log rows for 1,000 Author rows, give 500 Log rows per Author on average,"
                        + " within the 1000 one document should hold");
        var days = choice(c, "Day", "author");
        assertThat(days.reason()).isEqualTo(Reason.TOO_MANY);
        assertThat(Reasons.relation(days, c.model(), design)).endsWith("not embedded, because the declared volumes (`@@volume`),"
                + " 5,000,000 Day rows for 1,000 Author rows, give 5,000 Day rows per Author on average, more than the 1000 one document"
                + " should hold.");
    }

    /**
     * A read of each parent's children by a time (an index led by the link, or a {@code @@query}
     * that filters by the link and orders or filters by the time) keeps them in a collection of
     * their own, and the sentence gives that reason, an index's, and claims no growth: a due date
     * grows no list. Only a key of parent and time, or the declared volumes, are said to grow.
     */
    @Test
    void aReadByTimeIsAnAccessReasonAndNoClaimOfGrowth() {
        var c = compile("""
                entity User { tasks Task[]  readings Reading[]  days Day[]  notes Note[]  alarms Alarm[] }
                entity Task { user User @on_delete(cascade)  due_on date  @@index(user, due_on) }
                entity Reading { user User @on_delete(cascade)  taken_at datetime  value int
                  @@query("a user's readings over a day", where: [user], order: [taken_at]) }
                entity Day { user User @id @on_delete(cascade)  logged date @id  steps int }
                entity Alarm { user User @id @on_delete(cascade)  rings time @id }
                entity Note { user User @on_delete(cascade)  written_on date
                  @@query("a user's notes", where: [user]) }
                """);
        var design = DocumentDesign.of(c.model(), c.catalog());
        var tasks = choice(c, "Task", "user");
        assertThat(tasks.reason()).isEqualTo(Reason.PAGED);
        assertThat(Reasons.relation(tasks, c.model(), design)).endsWith("not embedded, because an index reads each User's Task rows by"
                + " `due_on`, which an index serves only over a collection of their own: MongoDB indexes whole documents, not the elements"
                + " of one document's array.").doesNotContain("grow");
        var readings = choice(c, "Reading", "user");
        assertThat(readings.reason()).isEqualTo(Reason.QUERIED);
        assertThat(Reasons.relation(readings, c.model(), design)).endsWith("not embedded, because a `@@query` reads each User's Reading"
                + " rows by `taken_at`, which an index serves only over a collection of their own: MongoDB indexes whole documents, not"
                + " the elements of one document's array.").doesNotContain("grow");
        var days = choice(c, "Day", "user");
        assertThat(days.reason()).isEqualTo(Reason.TIME_KEYED);
        assertThat(Reasons.relation(days, c.model(), design)).contains("so each new `logged` can add one more Day row to a User,"
                + " and no `@@volume` on Day says how many there are");
        // A time of day repeats each day: a key of user and time grows no series, and nothing says it does.
        assertThat(choice(c, "User", "alarms").kind()).isEqualTo(Kind.EMBED);
        assertThat(Reasons.relation(choice(c, "User", "alarms"), c.model(), design)).doesNotContain("no bound");
        // A query by the parent alone reads no time: the notes stay embedded, and nothing says they grow.
        assertThat(choice(c, "User", "notes").kind()).isEqualTo(Kind.EMBED);
        assertThat(Reasons.relation(choice(c, "User", "notes"), c.model(), design)).doesNotContain("no bound");
    }

    /**
     * MongoDB's 16 MiB document limit is said where the declared children of one document, each at the size of the
     * largest row their declared types allow, reach it in their array, and nowhere else; the row's size counts its
     * keys of other rows, its enum at its longest value and its own embedded rows, and says what it counted empty.
     */
    @Test
    void theDocumentLimitIsSaidOnlyWhereTheVolumesCouldReachIt() {
        var c = compile("""
                enum Grade { A  B  LONGEST_LABEL @map("a label much longer than the others") }
                entity Owner { code string(30) @unique }
                entity Sensor { readings Reading[] @embed  notes Note[]  logs Log[]  @@volume(rows = 1) }
                entity Reading { sensor Sensor @on_delete(cascade)  label string(100)  @@volume(rows = 50_000) }
                entity Note { sensor Sensor @on_delete(cascade)  body string(5000)  owner Owner  grade Grade  marks Mark[]
                  @@volume(rows = 900) }
                entity Mark { note Note @on_delete(cascade)  body text  @@volume(rows = 2_700) }
                entity Log { sensor Sensor @on_delete(cascade)  body text  @@volume(rows = 900) }
                """);
        var design = DocumentDesign.of(c.model(), c.catalog());
        var readings = Reasons.embedded(design.home("Sensor").shape(), "Sensor", "readings");
        long reading = DocumentSize.of(readings.shape(), c.model(), design).bytes();
        // The label at 4 bytes a character, beside the id and timestamps.
        assertThat(reading).isGreaterThan(4 + 2 + 5 + 400 + 1);
        long array = DocumentSize.element("readings") + DocumentSize.array(50_000, reading);
        assertThat(Reasons.relation(choice(c, "Sensor", "readings"), c.model(), design)).endsWith(String.format(java.util.Locale.ROOT,
                "; one Reading row with every field at the longest its type declares takes %,d bytes of BSON, and 50,000 of them in"
                        + " `readings` take %,d bytes, which reaches MongoDB's limit of 16 MiB (16,777,216 bytes) on one document.",
                reading, array));
        var notes = Reasons.embedded(design.home("Sensor").shape(), "Sensor", "notes");
        var note = DocumentSize.of(notes.shape(), c.model(), design);
        // The owner's key at its own string(30), the longest enum value, and three marks (2,700 over 900), their bodies empty.
        var bare = compile("""
                entity Sensor { notes Note[]  @@volume(rows = 1) }
                entity Note { sensor Sensor @on_delete(cascade)  body string(5000)  @@volume(rows = 900) }
                """);
        var bareDesign = DocumentDesign.of(bare.model(), bare.catalog());
        long bareNote = DocumentSize.of(Reasons.embedded(bareDesign.home("Sensor").shape(), "Sensor", "notes").shape(), bare.model(),
                bareDesign).bytes();
        assertThat(note.bytes()).isGreaterThan(bareNote + 4 * 30 + "a label much longer than the others".length());
        assertThat(note.countedEmpty()).containsExactly("marks.body");
        assertThat(Reasons.relation(choice(c, "Sensor", "notes"), c.model(), design))
                .contains("counting `marks.body` empty as nothing declares its size, and 900 of them in `notes`");
        assertThat(Reasons.relation(choice(c, "Sensor", "logs"), c.model(), design)).doesNotContain("16 MiB");
    }

    /**
     * Every combination of declared volumes (none, few, the limit, one past it, many; on the parent, the child, both or
     * neither), for a child keyed by its parent and a time and for one that is not, embedded by the design or by
     * `@embed`: each figure the sentence gives is the declared volumes' own (exact, or the whole numbers the average
     * lies between, never "about 0"), it says "more than" the limit exactly where the volumes put more in one document
     * and "within" it exactly where they do not, and it speaks of a key that has no bound only where the child declares
     * no volume.
     */
    @Test
    void everyVolumeSentenceIsTrueForEveryCombinationOfDeclaredVolumes() {
        Long[] volumes = {null, 0L, 1L, 3L, 999L, 1_000L, 1_001L, 2_000L, 1_000_999L, 1_001_000L, 10_000_000L};
        var figure = java.util.regex.Pattern.compile("the declared volumes \\(`@@volume`\\), ([0-9,]+) Reading rows? for ([0-9,]+) Sensor rows?,"
                + " give (fewer than one|between ([0-9,]+) and ([0-9,]+)|([0-9,]+)) Reading rows? per Sensor on average");
        int checked = 0;
        for (Long pv : volumes) {
            for (Long cv : volumes) {
                for (boolean timeKeyed : new boolean[] {false, true}) {
                    for (boolean embed : new boolean[] {false, true}) {
                        String key = timeKeyed ? "  taken_at datetime  @@id(sensor, taken_at)" : "";
                        var c = compile("entity Sensor { readings Reading[]" + (embed ? " @embed" : "")
                                + (pv == null ? "" : "  @@volume(rows = " + pv + ")") + " }\n"
                                + "entity Reading { sensor Sensor @on_delete(cascade)  value int" + key
                                + (cv == null ? "" : "  @@volume(rows = " + cv + ")") + " }\n");
                        var choice = DocumentDesign.of(c.model(), c.catalog()).relations().stream()
                                .filter(r -> r.entity().equals("Sensor") || r.entity().equals("Reading")).findFirst().orElseThrow();
                        String s = Reasons.relation(choice, c.model(), DocumentDesign.of(c.model(), c.catalog()));
                        String as = pv + " Sensor rows, " + cv + " Reading rows, time-keyed " + timeKeyed + ", @embed " + embed + ": " + s;
                        long parents = pv == null ? 0 : Math.max(1, pv);
                        // More than one document should hold, by exact arithmetic on the declared figures.
                        boolean over = cv != null && (pv == null ? cv > Embedding.MAX_PER_DOCUMENT
                                : java.math.BigInteger.valueOf(cv).compareTo(java.math.BigInteger.valueOf(parents)
                                        .multiply(java.math.BigInteger.valueOf(Embedding.MAX_PER_DOCUMENT))) > 0);
                        assertThat(s).as(as).doesNotContain("about 0").doesNotContain(" 0 of them");
                        var m = figure.matcher(s);
                        if (m.find()) {
                            assertThat(pv).as(as).isNotNull();
                            assertThat(num(m.group(1))).as(as).isEqualTo(cv);
                            assertThat(num(m.group(2))).as(as).isEqualTo(parents);
                            if (m.group(3).equals("fewer than one")) assertThat(cv).as(as).isLessThan(parents);
                            else if (m.group(4) != null) {
                                assertThat(num(m.group(4)) * parents).as(as).isLessThan(cv);
                                assertThat(num(m.group(5)) * parents).as(as).isGreaterThan(cv);
                            } else assertThat(num(m.group(6)) * parents).as(as).isEqualTo(cv);
                        }
                        if (s.contains("more than the " + Embedding.MAX_PER_DOCUMENT) || s.contains("may hold more than the")) {
                            assertThat(over).as(as).isTrue();
                        }
                        if (s.contains("within the " + Embedding.MAX_PER_DOCUMENT)) assertThat(over).as(as).isFalse();
                        // Growth without bound, a series, is said only where no volume on the child bounds it.
                        if (s.contains("no bound") || s.contains("no `@@volume` on Reading says") || s.contains("grow")
                                || s.contains("series")) {
                            assertThat(cv).as(as).isNull();
                        }
                        if (choice.kind() == Kind.EMBED) {
                            // An embedding says what bounds it, and says it is too many exactly where it is.
                            assertThat(s.contains("more than the " + Embedding.MAX_PER_DOCUMENT) || s.contains("more than the "
                                    + Embedding.MAX_PER_DOCUMENT + " it should")).as(as).isEqualTo(over);
                            if (!embed) assertThat(over).as(as).isFalse();
                        } else {
                            assertThat(embed).as(as).isFalse();
                            // A reference the volumes decided says they did; one with none says what else did.
                            if (over) assertThat(s).as(as).containsAnyOf("more than the " + Embedding.MAX_PER_DOCUMENT);
                            else assertThat(cv).as(as).isNull();
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(volumes.length * volumes.length * 4);
    }

    private static long num(String s) { return Long.parseLong(s.replace(",", "")); }

    /** An `@embed` the declared volumes argue against is kept, as asked, and its sentence says what it risks. */
    @Test
    void anEmbedAgainstTheDeclaredVolumesSaysSo() {
        var c = compile("""
                entity Sensor { readings Reading[] @embed  @@volume(rows = 10) }
                entity Reading { sensor Sensor @on_delete(cascade)  value int  @@volume(rows = 50_000) }
                """);
        var readings = choice(c, "Sensor", "readings");
        assertThat(readings.kind()).isEqualTo(Kind.EMBED);
        assertThat(Reasons.relation(readings, c.model(), DocumentDesign.of(c.model(), c.catalog())))
                .endsWith("as `@embed` asks, though the declared volumes (`@@volume`), 50,000 Reading rows for 10 Sensor rows, give"
                        + " 5,000 Reading rows per Sensor on average, more than the 1000 one document should hold.");
    }

    /**
     * What an index on a stored key finds is said from the relation, not by the inverse field's name,
     * which may be a verb ("finds a Clinician's `supervises`" is no English): the referring rows of a
     * given target, which the inverse lists, or names when it is one row.
     */
    @Test
    void anIndexOnAKeyIsSaidToFindTheReferringRowsNotTheInverseByName() {
        var c = compile("""
                entity Clinician {
                  supervisor  Clinician? @on_delete(set_null) @relation("supervision")
                  supervises  Clinician[] @relation("supervision")
                  badge       Badge?
                  rotas       Rota[]
                }
                entity Badge { holder Clinician? @unique }
                entity Rota { staffs Clinician[] }
                """);
        var design = DocumentDesign.of(c.model(), c.catalog());
        assertThat(Reasons.relation(choice(c, "Clinician", "supervisor"), c.model(), design))
                .contains("(an index on it finds the Clinician rows that refer to a given Clinician, those `Clinician.supervises` lists)")
                .doesNotContain("a Clinician's `supervises`");
        assertThat(Reasons.relation(choice(c, "Badge", "holder"), c.model(), design))
                .contains("(an index on it finds the Badge row that refers to a given Clinician, the one `Clinician.badge` names)");
        assertThat(Reasons.relation(choice(c, "Clinician", "rotas"), c.model(), design))
                .contains("(a multikey index finds the Clinician rows whose array holds the key of a given Rota, those `Rota.staffs` lists)");
    }

    @Test
    void manyToManyIsAnArrayOfKeysOnTheFirstSide() {
        var c = compile("""
                entity Post { tags Tag[] }
                entity Tag { posts Post[] }
                """);
        var r = choice(c, "Post", "tags");
        assertThat(r.kind()).isEqualTo(Kind.REFERENCE_ARRAY);
        var posts = DocumentDesign.of(c.model(), c.catalog()).collectionOf("Post").orElseThrow();
        assertThat(posts.shape().fields()).extracting(DocField::name).contains("tagIds");
        assertThat(posts.indexes()).extracting(DocIndex::paths).contains(List.of("tagIds"));
    }

    @Test
    void uniquesOfASoftDeletingEntityAndOptionalFieldsArePartial() {
        var c = compile("""
                entity User {
                  email      string(200) @unique
                  nick       string(20)? @unique
                  deleted_at datetime?
                }
                """);
        var users = DocumentDesign.of(c.model(), c.catalog()).collectionOf("User").orElseThrow();
        var email = users.indexes().stream().filter(i -> i.paths().equals(List.of("email"))).findFirst().orElseThrow();
        assertThat(email.partial()).containsExactly(new DocIndex.Condition("deletedAt", List.of("null")));
        var nick = users.indexes().stream().filter(i -> i.paths().equals(List.of("nick"))).findFirst().orElseThrow();
        assertThat(nick.partial()).containsExactly(new DocIndex.Condition("nick", List.of("string")),
                new DocIndex.Condition("deletedAt", List.of("null")));
    }

    @Test
    void durationsAndExpiry() {
        var c = compile("""
                entity Session {
                  token   string(64) @unique
                  seen_at datetime @ttl("1h30m")
                  @@cache(ttl = "2w", key = "session:{token}")
                }
                """);
        var session = c.model().requireEntity("Session");
        assertThat(session.store().cache().ttl().seconds()).isEqualTo(14 * 86_400);
        assertThat(session.requireField("seen_at").store().ttl().seconds()).isEqualTo(5_400);
        var kv = KeyValueDesign.of(c.model(), c.catalog()).entity("Session").orElseThrow();
        assertThat(kv.keys()).extracting(KvKey::pattern)
                .containsExactly("schema:session:{token}", "schema:session.pk_sessions:{id}");
        assertThat(kv.keys()).allMatch(KvKey::expires);
        var sessions = DocumentDesign.of(c.model(), c.catalog()).collectionOf("Session").orElseThrow();
        assertThat(sessions.indexes()).anySatisfy(i -> {
            assertThat(i.paths()).containsExactly("seenAt");
            assertThat(i.expireAfterSeconds()).isEqualTo(5_400L);
        });
    }

    @Test
    void anExpiringUniqueFieldKeepsItsExpiryOnTheUniqueIndex() {
        var c = compile("""
                entity Code {
                  value      string(8)
                  expires_at datetime @unique @ttl("10m")
                }
                entity Ticket {
                  due        datetime? @unique @ttl("1h")
                  deleted_at datetime?
                }
                entity Reading {
                  sensor string(20) @id
                  at     datetime @id @ttl("7d")
                }
                """);
        var design = DocumentDesign.of(c.model(), c.catalog());
        var codes = design.collectionOf("Code").orElseThrow();
        assertThat(codes.indexes()).filteredOn(i -> i.paths().equals(List.of("expiresAt"))).singleElement().satisfies(i -> {
            assertThat(i.unique()).isTrue();
            assertThat(i.expireAfterSeconds()).isEqualTo(600L);
            assertThat(Reasons.index(i)).endsWith("MongoDB deletes a document 10 minutes after its `expiresAt`");
        });
        // A partial unique index covers live documents only: the deleted ones are said not to expire.
        var tickets = design.collectionOf("Ticket").orElseThrow();
        assertThat(tickets.indexes()).filteredOn(i -> i.paths().equals(List.of("due"))).singleElement()
                .satisfies(i -> assertThat(i.expireAfterSeconds()).isEqualTo(3_600L));
        assertThat(tickets.unenforced()).anySatisfy(n -> assertThat(n).startsWith("expiry of documents where `deletedAt` is set"));
        // A key field inside a compound _id is a path of its own, which a TTL index can take.
        var readings = design.collectionOf("Reading").orElseThrow();
        assertThat(readings.indexes()).filteredOn(i -> i.expireAfterSeconds() != null).extracting(DocIndex::paths)
                .containsExactly(List.of("_id.at"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDecimalWiderThanDecimal128IsNarrowedWhenTheMongoTargetIsChosen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        var model = dir.resolve("m.schema");
        java.nio.file.Files.writeString(model, """
                /// A ledger line.
                entity Ledger {
                  amount decimal(35, 2)
                  fits   decimal(34, 2)
                }
                """);
        java.util.function.Function<java.util.Set<String>, List<String>> codes = targets -> Compiler.compile(List.of(model),
                dev.schemac.resolve.Loader.FILES, java.util.Map.of(), false, targets).diagnostics().stream()
                .map(d -> d.code() + " " + d.severity() + " " + d.span().line()).toList();
        assertThat(codes.apply(java.util.Set.of("mongo"))).containsExactly("SC446 WARNING 3");
        assertThat(codes.apply(null)).containsExactly("SC446 WARNING 3");
        assertThat(codes.apply(java.util.Set.of("sql", "redis", "seed"))).isEmpty();
        // The validator's bound is what 34 digits hold at the column's scale, and the narrowing is listed.
        var c = compile("""
                entity Ledger {
                  amount decimal(35, 2)
                  fits   decimal(34, 2)
                }
                """);
        var ledger = DocumentDesign.of(c.model(), c.catalog()).collectionOf("Ledger").orElseThrow();
        var v = Validators.of(ledger, c.catalog());
        var props = (java.util.Map<String, java.util.Map<String, Object>>) v.jsonSchema().get("properties");
        assertThat(props.get("amount")).containsEntry("maximum", java.util.Map.of("$numberDecimal", "100000000000000000000000000000000"))
                .containsEntry("minimum", java.util.Map.of("$numberDecimal", "-100000000000000000000000000000000"));
        assertThat(props.get("fits")).containsEntry("maximum", java.util.Map.of("$numberDecimal", "100000000000000000000000000000000"));
        assertThat(v.unenforced()).contains("that `amount` of Ledger is less than 10^32 in magnitude, where the relational column holds"
                + " up to 10^33 (a Decimal128 holds 34 digits, so the validator refuses a value that needs more at 2 decimal places)");
        assertThat(v.unenforced()).noneMatch(n -> n.contains("`fits`") && n.contains("10^"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void validatorsCarryTheTypesRangesAndListWhatTheyCannotSay() {
        var c = compile("""
                entity Team {
                  code    string(12) @id
                  region  string(4) @id
                  players Player[]
                }
                entity Player {
                  team    Team?
                  age     smallint
                  score   bigint = 0
                  rating  float
                  balance decimal(6, 2) @min(0)
                  born_on date?
                  wake    time?
                  nick    string(20)? @unique
                  big     bigint? @unique
                }
                """);
        var players = DocumentDesign.of(c.model(), c.catalog()).collectionOf("Player").orElseThrow();
        var v = Validators.of(players, c.catalog());
        var props = (java.util.Map<String, java.util.Map<String, Object>>) v.jsonSchema().get("properties");
        assertThat(props.get("age")).containsEntry("minimum", new java.math.BigDecimal(-32_768))
                .containsEntry("maximum", new java.math.BigDecimal(32_767));
        // What the drivers write for a number: an int32 when it fits.
        assertThat(props.get("score")).containsEntry("bsonType", List.of("long", "int"));
        assertThat(props.get("rating").get("bsonType")).isEqualTo(List.of("double", "int", "long"));
        assertThat(props.get("rating")).containsEntry("exclusiveMaximum", true);
        // decimal(6, 2): below 10^4, as Decimal128; the @min narrows the lower bound.
        assertThat(props.get("balance")).containsEntry("minimum", java.util.Map.of("$numberDecimal", "0"))
                .containsEntry("maximum", java.util.Map.of("$numberDecimal", "10000")).containsEntry("exclusiveMaximum", true)
                .doesNotContainKey("exclusiveMinimum");
        // Whole-value patterns that also refuse month 13, day 32, hour 25, and a final line break.
        var date = java.util.regex.Pattern.compile((String) props.get("bornOn").get("pattern"));
        assertThat(date.matcher("2024-02-29").find()).isTrue();
        assertThat(List.of("2024-13-01", "2024-01-32", "2024-01-01\n", "9999-99-99")).noneMatch(x -> date.matcher(x).find());
        var time = java.util.regex.Pattern.compile((String) props.get("wake").get("pattern"));
        assertThat(List.of("00:00:00", "23:59:59", "23:59:60", "24:00:00")).allMatch(x -> time.matcher(x).find());
        assertThat(List.of("25:61:61", "24:00:01", "12:00:00\n")).noneMatch(x -> time.matcher(x).find());
        assertThat(v.unenforced()).contains(
                "that the reference `teamCode`, `teamRegion` of Player is all null or all set",
                "that `born_on` of Player is a day of its month (the pattern takes 2024-02-30)",
                "that `balance` of Player has at most 2 decimal places (the relational column rounds to them; a document keeps what it is given)",
                "`updatedAt` of Player: the application sets it on every update");
        assertThat(v.unenforced()).anySatisfy(n -> assertThat(n).startsWith("the defaults of `_id`, `score`, `createdAt`")
                .endsWith(" of Player: the validator requires every field, so the application writes them on insert"));
        // A partial unique index counts every type a value may be stored as.
        assertThat(players.indexes()).filteredOn(i -> i.paths().equals(List.of("big"))).singleElement()
                .satisfies(i -> assertThat(i.partial()).containsExactly(new DocIndex.Condition("big", List.of("long", "int"))));
    }

    @Test
    void theDocumentsSayWhatTheStoresLeaveToTheApplication() {
        var c = compile("""
                entity Customer {
                  orders Order[] @embed
                }
                entity Order {
                  customer Customer @on_delete(cascade)
                  qty      int
                }
                entity Invite {
                  code    string(16) @unique
                  sent_at datetime? @ttl("7d")
                }
                """);
        var customers = DocumentDesign.of(c.model(), c.catalog()).collectionOf("Customer").orElseThrow();
        assertThat(customers.unenforced()).contains("the key of Order (id): within one document's `orders`, `orders.id` is not"
                + " repeated, and no index keeps it unique across documents either (the relational key is unique over every Order)");
        var kv = KeyValueDesign.of(c.model(), c.catalog());
        var invite = kv.entity("Invite").orElseThrow();
        assertThat(Reasons.key(invite.rowKey(), invite, kv)).endsWith("it expires 1 week after its `sent_at` (never, while that is null)");
    }

    @Test
    void anEmbeddedSoftDeletingEntitysUniqueHoldsAmongLiveEntries() {
        var c = compile("""
                entity Project {
                  tasks Task[] @embed
                }
                entity Task {
                  project    Project @on_delete(cascade)
                  title      string(80)
                  deleted_at datetime?
                  @@unique(project, title)
                }
                """);
        var projects = DocumentDesign.of(c.model(), c.catalog()).collectionOf("Project").orElseThrow();
        assertThat(projects.unenforced()).anySatisfy(n -> assertThat(n).startsWith("the unique constraint ")
                .endsWith("within one document's `tasks`, `tasks.title` is not repeated among the entries whose `tasks.deletedAt` is null"));
    }

    @Test
    void aMysqlModelsTextUniquesAreSaidToIgnoreCaseThere() {
        var c = compile("""
                schema m {
                  dialect = mysql
                }
                entity User {
                  email string(200) @unique
                  age   int @unique
                }
                """);
        var users = DocumentDesign.of(c.model(), c.catalog()).collectionOf("User").orElseThrow();
        assertThat(users.unenforced()).filteredOn(n -> n.contains("utf8mb4_unicode_ci")).singleElement()
                .satisfies(n -> assertThat(n).startsWith("the unique `uq_users_email` without case or accents"));
    }

    @Test
    void timeOrderedRelationsAreSortedSets() {
        var c = compile("""
                entity User { orders Order[] }
                entity Order { user User  placed_at datetime  @@index(user, placed_at) }
                """);
        var user = KeyValueDesign.of(c.model(), c.catalog()).entity("User").orElseThrow();
        var orders = user.keys().stream().filter(k -> k.kind() == KvKey.Kind.RELATION).findFirst().orElseThrow();
        assertThat(orders.pattern()).isEqualTo("schema:user.orders:{id}");
        assertThat(orders.structure()).isEqualTo(KvKey.Structure.ZSET);
        assertThat(orders.score()).isEqualTo("placed_at");
        var order = KeyValueDesign.of(c.model(), c.catalog()).entity("Order").orElseThrow();
        assertThat(order.keys()).extracting(KvKey::kind).doesNotContain(KvKey.Kind.INDEX);
    }

    /**
     * The set of all rows is ordered only by a required {@code created_at} datetime, and where there
     * is none the sentence says that is what is missing: a required {@code created_at} that is a
     * date, or an optional datetime, is not it, and the sentence does not deny it exists.
     */
    @Test
    void aSetOfAllRowsSaysWhatCreationTimeItLacks() {
        var c = compile("""
                entity Event { created_at date  title string(50) }
                entity Visit { created_at datetime?  page string(50) }
                entity Click { created_at datetime  page string(50) }
                """);
        var design = KeyValueDesign.of(c.model(), c.catalog());
        for (String name : List.of("Event", "Visit")) {
            var e = design.entity(name).orElseThrow();
            var all = e.keys().stream().filter(k -> k.kind() == KvKey.Kind.ALL).findFirst().orElseThrow();
            assertThat(all.structure()).as(name).isEqualTo(KvKey.Structure.SET);
            assertThat(Reasons.key(all, e, design)).isEqualTo("every " + name + "'s id (" + name
                    + " has no required `created_at datetime` to order by)");
        }
        var click = design.entity("Click").orElseThrow();
        assertThat(click.keys()).filteredOn(k -> k.kind() == KvKey.Kind.ALL).extracting(KvKey::structure)
                .containsExactly(KvKey.Structure.ZSET);
    }

    @Test
    void aTableNameThatIsNoCollectionNameIsMadeOne() {
        var c = compile("""
                entity Item { name string(40)  @@map("line items") }
                entity Thing { name string(40)  @@map("line_items") }
                """);
        var design = DocumentDesign.of(c.model(), c.catalog());
        assertThat(design.collections()).extracting(DocCollection::name).containsExactly("line_items_2", "line_items");
    }

    @Test
    void anIndexNameTheServersRefuseIsWrittenAsOneTheyTake() {
        var c = compile("""
                entity Shelf {
                  label string(40) @unique(name = "uq \\"label\\"")
                  code  string(10) @index(name = "*")
                  spot  string(10) @index(name = "_id_")
                  a     string(10) @index(name = "ix_\\"a")
                  b     string(10) @index(name = "ix__a")
                  books Book[]
                }
                entity Book {
                  shelf Shelf      @map("she\\"lf")
                  title string(80) @index(name = "ix \\"title\\"")
                }
                """);
        var design = DocumentDesign.of(c.model(), c.catalog());
        assertThat(design.collectionOf("Shelf").orElseThrow().indexes()).extracting(DocIndex::name)
                .containsExactly("uq _label_", "*_", "_id__", "ix__a", "ix__a_2");
        assertThat(design.collectionOf("Book").orElseThrow().indexes()).extracting(DocIndex::name)
                .containsExactly("ix _title_", "idx_books_she_lf");
    }
}
