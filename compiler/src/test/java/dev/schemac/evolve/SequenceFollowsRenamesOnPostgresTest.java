package dev.schemac.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.gen.migrations.MigrationFiles;
import dev.schemac.gen.sql.Introspector.Kind;
import dev.schemac.gen.sql.LiveDb;
import dev.schemac.model.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL names an {@code @auto} column's sequence after its table and column and keeps that name through a rename;
 * the migration renames it after them ({@code evolve-sequences/autorename}: table {@code posts} made {@code articles},
 * column {@code notes.no} made {@code number}), so the next version may name a table {@code posts_id_seq} and an index
 * {@code notes_no_seq}, names SC514 does not hold for the model any more. Asked of real PostgreSQL after each step, up
 * and down, through the SQL migrations and through Alembic: the sequence each column uses, and that a row inserted
 * after the rename takes the next number.
 */
class SequenceFollowsRenamesOnPostgresTest {

    static String sequences(LiveDb db) throws Exception {
        // Asked for a table or column that is not there, pg_get_serial_sequence raises; one query per name says which stand.
        var out = new java.util.ArrayList<String>();
        for (String[] tc : List.of(new String[] {"posts", "id"}, new String[] {"articles", "id"}, new String[] {"notes", "no"},
                new String[] {"notes", "number"})) {
            var has = Sequences.rows(db, "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                    + "AND table_name = '" + tc[0] + "' AND column_name = '" + tc[1] + "'");
            if (has.equals(List.of("1"))) {
                out.add(tc[0] + "." + tc[1] + "=" + Sequences.rows(db, "SELECT pg_get_serial_sequence('" + tc[0] + "', '" + tc[1] + "')").get(0));
            }
        }
        return String.join(" ", out);
    }

    @Test
    void theSqlMigrationsRenameTheSequencesUpAndBackDown() throws Exception {
        var s = Sequences.read(Sequences.root().resolve("autorename"));
        var b = Sequences.build(s);
        try (var db = LiveDb.fresh(Kind.POSTGRES, "seqrename")) {
            db.run(Sequences.sql(b, s, Dialect.POSTGRES, 1, "up"));
            db.run(String.join("\n", s.rows()));
            assertThat(sequences(db)).isEqualTo("posts.id=public.posts_id_seq notes.no=public.notes_no_seq");
            db.run(Sequences.sql(b, s, Dialect.POSTGRES, 2, "up"));
            assertThat(sequences(db)).as("after up v2").isEqualTo("articles.id=public.articles_id_seq notes.number=public.notes_number_seq");
            db.run("INSERT INTO articles (title) VALUES ('third'); INSERT INTO notes (article_id, body) VALUES (3, 'second');");
            assertThat(Sequences.rows(db, "SELECT id FROM articles WHERE title = 'third'")).as("the renamed sequence counts on").containsExactly("3");
            assertThat(Sequences.rows(db, "SELECT number FROM notes WHERE body = 'second'")).containsExactly("2");
            db.run(Sequences.sql(b, s, Dialect.POSTGRES, 3, "up"));
            assertThat(Sequences.rows(db, "SELECT to_regclass('posts_id_seq')::text, to_regclass('notes_no_seq')::text"))
                    .as("the old names now name the new table and index").containsExactly("posts_id_seq|notes_no_seq");
            db.run(Sequences.sql(b, s, Dialect.POSTGRES, 3, "down"));
            db.run(Sequences.sql(b, s, Dialect.POSTGRES, 2, "down"));
            assertThat(sequences(db)).as("after down v2").isEqualTo("posts.id=public.posts_id_seq notes.no=public.notes_no_seq");
            db.run("INSERT INTO posts (title) VALUES ('fourth');");
            assertThat(Sequences.rows(db, "SELECT id FROM posts WHERE title = 'fourth'")).containsExactly("4");
        }
    }

    @Test
    void alembicRenamesThemAlike(@TempDir Path tmp) throws Exception {
        var s = Sequences.read(Sequences.root().resolve("autorename"));
        var b = Sequences.build(s);
        try (var db = LiveDb.fresh(Kind.POSTGRES, "seqrename_alembic")) {
            var files = new LinkedHashMap<String, String>(MigrationFiles.environment(b.compilation(3).model(), Dialect.POSTGRES));
            files.putAll(b.files());
            for (var e : files.entrySet()) {
                if (!e.getKey().startsWith(MigrationFiles.ROOT + "alembic/")) continue;
                Path p = tmp.resolve(e.getKey().substring(MigrationFiles.ROOT.length()));
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
            Path scripts = tmp.resolve("alembic");
            String url = AlembicJudgesEvolutionTest.url(Kind.POSTGRES, db);
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", s.id(2).substring(0, 14), "autorename");
            assertThat(sequences(db)).as("after upgrade v2").isEqualTo("articles.id=public.articles_id_seq notes.number=public.notes_number_seq");
            AlembicJudgesEvolutionTest.alembic(scripts, url, "upgrade", "head", "autorename");
            AlembicJudgesEvolutionTest.alembic(scripts, url, "downgrade", s.id(1).substring(0, 14), "autorename");
            assertThat(sequences(db)).as("after downgrade to v1").isEqualTo("posts.id=public.posts_id_seq notes.no=public.notes_no_seq");
        }
    }

    /** The name of the sequence the column uses, as pg_class holds it (table and column as literals, quoted here once). */
    static String sequenceOf(LiveDb db, String table, String column) throws Exception {
        String t = "'" + table.replace("'", "''") + "'";
        String c = "'" + column.replace("'", "''") + "'";
        return Sequences.rows(db, "SELECT relname FROM pg_class WHERE oid = pg_get_serial_sequence(quote_ident(" + t + "), " + c + ")::regclass").get(0);
    }

    /**
     * Names that hold quotes, dollar signs, {@code $$}, {@code $_$} and a backslash (evolve-sequences/autorenamehostile):
     * the DO block renames their sequences as it does any, so no name ends its literal or its dollar quote. And a
     * database an earlier release migrated through a rename, whose kept table's sequence still has an old name (made
     * here by renaming it by hand): the next migration that renames sequences gives it the name a database made anew
     * has too, and the down the name v1 gives it.
     */
    @Test
    void hostileNamesAndAStaleNameFromAnEarlierRelease() throws Exception {
        var s = Sequences.read(Sequences.root().resolve("autorenamehostile"));
        var b = Sequences.build(s);
        String post1 = "po'st$$s", post2 = "ar\"t$$'icles", no1 = "n\\o$_$'\"", no2 = "n$$um'ber\\", tag = "t$a'g";
        try (var db = LiveDb.fresh(Kind.POSTGRES, "seqhostile")) {
            db.run(Sequences.sql(b, s, Dialect.POSTGRES, 1, "up"));
            assertThat(sequenceOf(db, post1, "id")).isEqualTo(post1 + "_id_seq");
            assertThat(sequenceOf(db, "notes", no1)).isEqualTo("notes_" + no1 + "_seq");
            db.run("ALTER SEQUENCE " + Sequences.rows(db, "SELECT pg_get_serial_sequence(quote_ident('t$a''g'), 'id')").get(0)
                    + " RENAME TO \"stale$$'seq\"");
            assertThat(sequenceOf(db, tag, "id")).isEqualTo("stale$$'seq");
            db.run("INSERT INTO \"po'st$$s\" (title) VALUES ('one'); INSERT INTO notes (post_id, body) VALUES (1, 'first');"
                    + " INSERT INTO \"t$a'g\" (label) VALUES ('a');");
            db.run(Sequences.sql(b, s, Dialect.POSTGRES, 2, "up"));
            assertThat(List.of(sequenceOf(db, post2, "id"), sequenceOf(db, "notes", no2), sequenceOf(db, tag, "id")))
                    .as("after up v2: each as a database made from v2 names it")
                    .containsExactly(post2 + "_id_seq", "notes_" + no2 + "_seq", tag + "_id_seq");
            db.run("INSERT INTO \"ar\"\"t$$'icles\" (title) VALUES ('two'); INSERT INTO notes (post_id, body) VALUES (2, 'second');"
                    + " INSERT INTO \"t$a'g\" (label) VALUES ('b');");
            assertThat(Sequences.rows(db, "SELECT (SELECT max(id) FROM \"ar\"\"t$$'icles\") || ',' || (SELECT max(\"n$$um'ber\\\") FROM notes)"
                    + " || ',' || (SELECT max(id) FROM \"t$a'g\")")).as("the sequences count on").containsExactly("2,2,2");
            db.run(Sequences.sql(b, s, Dialect.POSTGRES, 2, "down"));
            assertThat(List.of(sequenceOf(db, post1, "id"), sequenceOf(db, "notes", no1), sequenceOf(db, tag, "id")))
                    .as("after down v2").containsExactly(post1 + "_id_seq", "notes_" + no1 + "_seq", tag + "_id_seq");
        }
    }
}
