package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresServer;

/** The commands on a shared PostgreSQL database of the test server: {@code --db postgresql://…}. */
class CliPostgresTest {

    @TempDir
    Path temp;

    private static String fresh(String purpose) {
        return PostgresServer.shared().freshMigratedDatabase(purpose).toString();
    }

    @Test
    void importThenExportThroughAServerAddress() throws Exception {
        String db = PostgresServer.shared().freshDatabase("cli_import").toString(); // empty: import creates the schema
        Path txt = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(txt.resolve("a'); DROP TABLE documents; --.txt"), "Lee said \"yes\" in Seoul.\n", StandardCharsets.UTF_8);
        Files.writeString(txt.resolve("second.txt"), "Kim 👍 replied \"no\" at once.\n", StandardCharsets.UTF_8);

        CliRun imported = CliRun.of("import", "--db", db, "--annotator", "ana", txt.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("2 documents");

        CliRun stats = CliRun.of("stats", "--db", db, "--json");
        assertThat(stats.exit()).as(stats.toString()).isZero();
        assertThat(stats.out()).contains("\"documents\"");

        Path out = temp.resolve("out.jsonl");
        CliRun exported = CliRun.of("export", "--db", db, "--format", "doccano", "--annotator", "ana", "--out", out.toString());
        assertThat(exported.exit()).as(exported.toString()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(String.join("\n", lines)).contains("DROP TABLE documents", "Kim \\uD83D\\uDC4D replied");
    }

    @Test
    void copyStoreFileToServerToFileKeepsTheCorpus() {
        Path source = temp.resolve("source.db");
        StoredCorpus.create(source);
        String server = PostgresServer.shared().freshDatabase("cli_copy").toString();

        CliRun up = CliRun.of("copy-store", "--from", source.toString(), "--to", server);
        assertThat(up.exit()).as(up.toString()).isZero();
        assertThat(up.out()).contains("copied 3 documents, 9 spans, 3 relations, 4 labels").contains(server);

        Path back = temp.resolve("back.db");
        CliRun down = CliRun.of("copy-store", "--from", server, "--to", back.toString());
        assertThat(down.exit()).as(down.toString()).isZero();
        assertThat(StoredCorpus.content(back, true)).isEqualTo(StoredCorpus.content(source, true));

        CliRun again = CliRun.of("copy-store", "--from", source.toString(), "--to", server);
        assertThat(again.exit()).as(again.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(again.err()).contains("already holds 3 documents");
    }

    @Test
    void aUserWithoutRightsIsToldWhatIsWrongWithExitTwo() {
        PgConnectionSpec db = PostgresServer.shared().freshMigratedDatabase("cli_rights");
        PostgresServer.shared().executeAsSuperuser(db.database(),
                "DROP ROLE IF EXISTS newsmark_norights", "CREATE ROLE newsmark_norights LOGIN");
        String address = "postgresql://newsmark_norights@127.0.0.1:" + db.port() + "/" + db.database();

        for (String command : List.of("stats", "import")) {
            CliRun run = command.equals("stats") ? CliRun.of("stats", "--db", address)
                    : CliRun.of("import", "--db", address, temp.toString());
            assertThat(run.exit()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.err()).contains(address)
                    .contains("newsmark_norights").contains("lacks the rights").contains("permission denied")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aServerThatCannotBeReachedOrABadAddressIsBadInput() {
        CliRun down = CliRun.of("stats", "--db", "postgresql://nobody@127.0.0.1:1/newsroom");
        assertThat(down.exit()).as(down.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(down.err()).contains("postgresql://nobody@127.0.0.1:1/newsroom").contains("connection to the server failed")
                .doesNotContain("Exception");

        CliRun password = CliRun.of("stats", "--db", "postgresql://nobody:secret@127.0.0.1/newsroom");
        assertThat(password.exit()).as(password.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(password.err()).contains("holds a password").doesNotContain("secret");
    }

    @Test
    void aDatabaseNotYetCreatedIsNamed() {
        String db = fresh("cli_missing").replaceAll("/[^/]+$", "/no_such_database");
        CliRun run = CliRun.of("stats", "--db", db);
        assertThat(run.exit()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains(db).contains("no such database");
    }
}
