package org.newsmark.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --db postgresql://…}: the address, the user and the password, which is never shown. */
class PgConnectionSpecTest {

    @TempDir
    Path dir;

    @Test
    void theUrlFormAndTheJdbcFormNameTheSameServer() {
        PgConnectionSpec url = PgConnectionSpec.parse("postgresql://db.example.org:5433/newsmark");
        PgConnectionSpec jdbc = PgConnectionSpec.parse("jdbc:postgresql://db.example.org:5433/newsmark");
        for (PgConnectionSpec spec : new PgConnectionSpec[] {url, jdbc}) {
            assertThat(spec.host()).isEqualTo("db.example.org");
            assertThat(spec.port()).isEqualTo(5433);
            assertThat(spec.database()).isEqualTo("newsmark");
            assertThat(spec.user()).isEmpty();
            assertThat(spec.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5433/newsmark");
        }
    }

    @Test
    void portDefaultsTo5432AndUserAndOptionsAreKept() {
        PgConnectionSpec spec = PgConnectionSpec.parse("postgres://alice@[::1]/team%20corpus?sslmode=require");
        assertThat(spec.port()).isEqualTo(5432);
        assertThat(spec.host()).isEqualTo("[::1]");
        assertThat(spec.database()).isEqualTo("team corpus");
        assertThat(spec.user()).contains("alice");
        assertThat(spec.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/team%20corpus?sslmode=require");
        assertThat(spec.toString()).isEqualTo("postgresql://alice@[::1]:5432/team%20corpus");
        assertThat(PgConnectionSpec.parse("jdbc:postgresql://h/db?user=bob").user()).contains("bob");
    }

    @Test
    void onlyAddressesAreTakenForServersAndFilesStayFiles() {
        assertThat(PgConnectionSpec.isAddress("postgresql://h/db")).isTrue();
        assertThat(PgConnectionSpec.isAddress("JDBC:PostgreSQL://h/db")).isTrue();
        assertThat(PgConnectionSpec.isAddress("postgresql.db")).isFalse();
        assertThat(PgConnectionSpec.isAddress("/home/a/postgresql://x.db")).isFalse();
        assertThat(PgConnectionSpec.isAddress("C:\\data\\news.db")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://alice:s3cret@h/db", "postgresql://h/db?password=s3cret",
            "jdbc:postgresql://h/db?sslmode=require&PASSWORD=s3cret"})
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt(String address) {
        assertThatThrownBy(() -> PgConnectionSpec.parse(address)).isInstanceOf(PgConfigException.class)
                .hasMessageContaining("NEWSMARK_DB_PASSWORD").hasMessageNotContaining("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://h:0/db", "postgresql://h:70000/db", "postgresql://h:port/db",
            "postgresql://h", "postgresql://h/", "mysql://h/db", "postgresql://h/db?sslmode"})
    void aBadAddressIsRefusedWithAMessageNamingIt(String address) {
        assertThatThrownBy(() -> PgConnectionSpec.parse(address)).isInstanceOf(PgConfigException.class)
                .hasMessageStartingWith(address + ": ");
    }

    @Test
    void credentialsComeFromTheEnvironmentFirst() throws IOException {
        Path pgpass = pgpass("*:*:*:*:from-file\n");
        PgConnectionSpec spec = PgConnectionSpec.parse("postgresql://h/db")
                .withCredentials(Map.of("NEWSMARK_DB_USER", "carol", "NEWSMARK_DB_PASSWORD", "from-env"), pgpass, "login");
        assertThat(spec.user()).contains("carol");
        assertThat(spec.connectionProperties()).containsEntry("user", "carol").containsEntry("password", "from-env");
        assertThat(spec.toString()).isEqualTo("postgresql://carol@h:5432/db").doesNotContain("from-env");
        assertThat(spec.jdbcUrl()).doesNotContain("from-env").doesNotContain("carol");
    }

    @Test
    void theUserOfTheAddressWinsAndTheLoginNameIsTheLastResort() {
        Path none = dir.resolve("missing-pgpass");
        Map<String, String> env = Map.of("NEWSMARK_DB_USER", "carol");
        assertThat(PgConnectionSpec.parse("postgresql://alice@h/db").withCredentials(env, none, "login").user()).contains("alice");
        assertThat(PgConnectionSpec.parse("postgresql://h/db").withCredentials(Map.of(), none, "login").user()).contains("login");
        assertThat(PgConnectionSpec.parse("postgresql://h/db").withCredentials(Map.of(), none, "login").hasPassword()).isFalse();
    }

    @Test
    void thePasswordFileIsReadLikeLibpqReadsIt() throws IOException {
        Path pgpass = pgpass("""
                # comment:*:*:*:never
                other.host:5432:db:alice:wrong-host
                h:5433:db:alice:wrong-port
                h:5432:db:bob:wrong-user
                h:5432:incomplete
                h:5432:db:alice:pa\\:ss\\\\word:ignored-after-colon
                *:*:*:*:catch-all
                """);
        assertThat(password("postgresql://alice@h/db", pgpass)).isEqualTo("pa:ss\\word");
        assertThat(password("postgresql://bob@h/db", pgpass)).isEqualTo("wrong-user");
        assertThat(password("postgresql://zed@h:5432/db", pgpass)).isEqualTo("catch-all");
    }

    @Test
    void aStarIsAWildcardOnlyWhenItIsTheWholeFieldAndUnescaped() throws IOException {
        Path pgpass = pgpass("""
                h*:5432:db:alice:prefix-is-not-a-pattern
                h:5432:\\*:alice:escaped-star-is-a-star
                h:*:db:alice:any-port
                """);
        assertThat(password("postgresql://alice@h:6000/db", pgpass)).isEqualTo("any-port");
        assertThat(password("postgresql://alice@h/*", pgpass)).isEqualTo("escaped-star-is-a-star");
        assertThat(PgConnectionSpec.parse("postgresql://alice@hx/db").withCredentials(Map.of(), pgpass, "x").hasPassword()).isFalse();
    }

    @Test
    void aPasswordFileOthersCanReadIsRefusedAsLibpqIgnoresIt() throws IOException {
        Path pgpass = pgpass("*:*:*:*:secret\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> password("postgresql://h/db", pgpass)).isInstanceOf(PgConfigException.class)
                .hasMessageStartingWith(pgpass + ": ").hasMessageContaining("chmod 0600").hasMessageNotContaining("secret");
    }

    @Test
    void theDefaultPasswordFileIsPgpassfileElseHomePgpass() {
        Path home = dir.resolve("home");
        assertThat(PgPassFile.defaultLocation(Map.of("PGPASSFILE", "/etc/np"), home)).isEqualTo(Path.of("/etc/np"));
        assertThat(PgPassFile.defaultLocation(Map.of(), home)).isEqualTo(home.resolve(".pgpass"));
    }

    private String password(String address, Path pgpass) {
        return PgConnectionSpec.parse(address).withCredentials(Map.of(), pgpass, "login").connectionProperties().getProperty("password");
    }

    private Path pgpass(String content) throws IOException {
        Path file = dir.resolve(".pgpass");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
