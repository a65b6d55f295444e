package org.newsmark.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.ServerLogin;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.store.Store;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresServer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The connection dialog without a window: its fields make the address (never with the password), and
 * Test connection and Connect speak to the real test server, telling what they found in one line.
 */
class ConnectDialogModelTest {

    private static final String ROLE = "connect_dialog_ana";
    private static final String SECRET = "s3cret-Pw";
    private static PgConnectionSpec db;

    @TempDir
    Path temp;

    @BeforeAll
    static void corpusAndALoginThatNeedsAPassword() throws Exception {
        db = PostgresServer.shared().freshMigratedDatabase("connect_dialog");
        try (Workspace seeded = Workspace.open(db.toString())) { // with the default label scheme
            WorkspaceStore.of(seeded).documents().insert(Document.of("lee", "Lee said \"yes\" in Seoul."));
            WorkspaceStore.of(seeded).documents().insert(Document.of("kim", "Kim said no."));
        }
        PostgresServer server = PostgresServer.shared();
        server.executeAsSuperuser(db.database(),
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN CREATE ROLE "
                        + ROLE + " LOGIN PASSWORD '" + SECRET + "'; END IF; END $$",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + ROLE,
                "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + ROLE);
        requirePasswordOf(ROLE);
    }

    @AfterAll
    static void drop() {
        PostgresServer.shared().drop(db);
    }

    /** The test server trusts every local login; this role must give its password (scram-sha-256). */
    private static void requirePasswordOf(String role) throws Exception {
        Path hba;
        try (Connection admin = PostgresServer.connect(db); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SHOW hba_file")) {
            rs.next();
            hba = Path.of(rs.getString(1));
        }
        String rule = "host all " + role + " 127.0.0.1/32 scram-sha-256\n";
        String rules = Files.readString(hba);
        if (!rules.startsWith(rule)) {
            Files.writeString(hba, rule + rules); // in place: the file keeps its owner and mode
        }
        PostgresServer.shared().executeAsSuperuser(db.database(), "SELECT pg_reload_conf()");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (Connection c = PostgresServer.connect(PgConnectionSpec.parse("postgresql://" + role + "@127.0.0.1:"
                    + db.port() + "/" + db.database()).withPassword("wrong"))) {
                return false;
            } catch (SQLException refused) {
                return "28P01".equals(refused.getSQLState());
            }
        });
    }

    private ConnectDialogModel model(Path preferences) {
        return new ConnectDialogModel(UserPreferences.at(preferences), Optional.empty(), new Annotator("ana"),
                Runnable::run, Runnable::run);
    }

    private ConnectDialogModel filled(String user, String password) {
        ConnectDialogModel model = model(temp.resolve("preferences.properties"));
        model.hostProperty().set("127.0.0.1");
        model.portProperty().set(Integer.toString(db.port()));
        model.databaseProperty().set(db.database());
        model.userProperty().set(user);
        model.passwordProperty().set(password);
        model.sslProperty().set(ServerLogin.SslMode.DISABLE);
        return model;
    }

    @Test
    void theFieldsMakeTheAddressWithoutThePassword() {
        ConnectDialogModel model = model(temp.resolve("preferences.properties"));
        model.hostProperty().set(" db.example.org ");
        model.portProperty().set("6543");
        model.databaseProperty().set("newsroom");
        model.userProperty().set("ana");
        model.passwordProperty().set(SECRET);
        model.sslProperty().set(ServerLogin.SslMode.VERIFY_FULL);

        ServerLogin login = model.login().orElseThrow();
        assertThat(login.address()).isEqualTo("postgresql://ana@db.example.org:6543/newsroom?sslmode=verify-full");
        assertThat(login.toString()).doesNotContain(SECRET);
        assertThat(login.password()).isEqualTo(SECRET);
        assertThat(ServerLogin.fromAddress(login.address())).isEqualTo(
                new ServerLogin("db.example.org", 6543, "newsroom", "ana", "", ServerLogin.SslMode.VERIFY_FULL));
        assertThat(model.problemProperty().get()).isEmpty();

        model.portProperty().set("54x");
        assertThat(model.login()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("The port must be a number from 1 to 65535");
        model.portProperty().set("5432");
        model.databaseProperty().set(" ");
        assertThat(model.problemProperty().get()).isEqualTo("Give the name of the database that holds the corpus");
        model.testConnection().join();
        assertThat(model.messageProperty().get()).isEqualTo("Give the name of the database that holds the corpus");
    }

    @Test
    void testConnectionTellsTheServerVersionTheSchemaAndTheDocuments() {
        ConnectDialogModel model = filled("postgres", "");
        model.testConnection().join();
        assertThat(model.messageProperty().get()).matches("Connected: PostgreSQL \\d+\\.\\d+.*, schema version "
                + Store.latestSchemaVersion() + ", 2 documents");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theRightPasswordTypedInTheDialogLogsIn() {
        ConnectDialogModel model = filled(ROLE, SECRET);
        model.testConnection().join();
        assertThat(model.messageProperty().get()).startsWith("Connected: PostgreSQL").endsWith(", 2 documents");
    }

    @Test
    void aWrongPasswordIsToldAsARefusedLogin() {
        ConnectDialogModel model = filled(ROLE, "not-the-password");
        model.testConnection().join();
        assertThat(model.messageProperty().get())
                .startsWith("Could not connect: postgresql://" + ROLE + "@127.0.0.1:" + db.port() + "/" + db.database()
                        + ": the server refused the login")
                .contains("check the user and the password")
                .doesNotContain("not-the-password").doesNotContain("Exception");
    }

    @Test
    void noSuchDatabaseAndNoServerAreToldPlainly() {
        ConnectDialogModel model = filled("postgres", "");
        model.databaseProperty().set("no_such_corpus");
        model.testConnection().join();
        assertThat(model.messageProperty().get()).contains("the server has no such database").doesNotContain("Exception");

        model.databaseProperty().set(db.database());
        model.portProperty().set("1");
        model.testConnection().join();
        assertThat(model.messageProperty().get()).startsWith("Could not connect: postgresql://postgres@127.0.0.1:1/")
                .contains("the connection to the server failed").doesNotContain("Exception");
    }

    @Test
    void connectOpensTheCorpusAndRemembersTheAddressButNeverThePassword() throws Exception {
        Path preferences = temp.resolve("preferences.properties");
        ConnectDialogModel model = filled(ROLE, SECRET);
        Optional<Workspace> opened = model.connect().join();
        assertThat(opened).isPresent();
        try (Workspace corpus = opened.get()) {
            assertThat(corpus.documents()).hasSize(2);
            assertThat(corpus.location()).isEqualTo("postgresql://" + ROLE + "@127.0.0.1:" + db.port() + "/" + db.database());
            assertThat(WorkspaceStore.of(corpus).localFile()).isEmpty();
        }
        assertThat(model.passwordProperty().get()).isEmpty();
        String kept = Files.readString(preferences);
        assertThat(kept).contains(ConnectDialogModel.LAST_ADDRESS).contains(ROLE).doesNotContain(SECRET);

        ConnectDialogModel next = model(preferences);
        assertThat(next.hostProperty().get()).isEqualTo("127.0.0.1");
        assertThat(next.portProperty().get()).isEqualTo(Integer.toString(db.port()));
        assertThat(next.databaseProperty().get()).isEqualTo(db.database());
        assertThat(next.userProperty().get()).isEqualTo(ROLE);
        assertThat(next.passwordProperty().get()).isEmpty();
    }
}
