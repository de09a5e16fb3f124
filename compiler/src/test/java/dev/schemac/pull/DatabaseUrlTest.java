package dev.schemac.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every URL form a user may give, the credentials taken out of the driver's URL, the password never shown. */
class DatabaseUrlTest {

    @Test
    void databaseUrlStyleCarriesTheCredentials() throws Exception {
        var u = DatabaseUrl.parse("postgresql://app:p%40ss@db.example:5433/shop?sslmode=require");
        assertThat(u.family()).isEqualTo(DatabaseUrl.Family.POSTGRES);
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/shop?sslmode=require");
        assertThat(u.user()).isEqualTo("app");
        assertThat(u.password()).isEqualTo("p@ss");
        assertThat(u.display()).isEqualTo("jdbc:postgresql://app:***@db.example:5433/shop?sslmode=require");
        assertThat(u.toString()).doesNotContain("p@ss");
        assertThat(u.databaseName()).isEqualTo("shop");
    }

    @Test
    void jdbcUrlsWithCredentialsInTheQueryOrTheAuthority() throws Exception {
        var pg = DatabaseUrl.parse("jdbc:postgresql://h/db?user=app&password=secret&ssl=true");
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?ssl=true");
        assertThat(pg.password()).isEqualTo("secret");
        var my = DatabaseUrl.parse("jdbc:mysql://root:secret@127.0.0.1:3306/app");
        assertThat(my.family()).isEqualTo(DatabaseUrl.Family.MYSQL);
        assertThat(my.jdbcUrl()).isEqualTo("jdbc:mysql://127.0.0.1:3306/app");
        assertThat(DatabaseUrl.parse("mariadb://u@h/x").family()).isEqualTo(DatabaseUrl.Family.MARIADB);
        assertThat(DatabaseUrl.parse("postgres://h/x").family()).isEqualTo(DatabaseUrl.Family.POSTGRES);
    }

    @Test
    void sqliteFilesInEveryForm() throws Exception {
        assertThat(DatabaseUrl.parse("shop.db").sqliteFile().toString()).isEqualTo("shop.db");
        assertThat(DatabaseUrl.parse("jdbc:sqlite:/tmp/shop.db").sqliteFile().toString()).isEqualTo("/tmp/shop.db");
        assertThat(DatabaseUrl.parse("sqlite:data/shop.db").sqliteFile().toString()).isEqualTo("data/shop.db");
        assertThat(DatabaseUrl.parse("file:/tmp/x.db").sqliteFile().toString()).isEqualTo("/tmp/x.db");
    }

    @Test
    void urlsThatCannotBeReadSayWhyWithoutThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("oracle://scott:tiger@h/x")).hasMessageContaining("oracle://scott:***@h/x")
                .hasMessageNotContaining("tiger");
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:sqlserver://h;password=tiger")).hasMessageNotContaining("tiger");
        assertThatThrownBy(() -> DatabaseUrl.parse("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:sqlite::memory:")).hasMessageContaining("in-memory");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:pw@/x")).hasMessageContaining("no host").hasMessageNotContaining(":pw");
    }

    @Test
    void scrubMasksThePasswordInDriverMessages() throws Exception {
        var u = DatabaseUrl.parse("mysql://app:s3cr3t@h/x");
        assertThat(u.scrub("Access denied for app using s3cr3t")).isEqualTo("Access denied for app using ***");
    }
}
