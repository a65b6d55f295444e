package org.newsmark.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The tests' own server: one per JVM, reachable on the loopback address only, a database per class. */
class PostgresServerTest {

    @Test
    void oneServerPerJvmOnTheLoopbackAddressOnly() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        assertThat(PostgresServer.shared()).isSameAs(server);
        System.out.printf("PostgreSQL test server: started in %d ms on 127.0.0.1:%d%n", server.startTime().toMillis(), server.port());
        PgConnectionSpec probe = server.freshDatabase("probe");
        try (Connection c = PostgresServer.connect(probe)) {
            assertThat(show(c, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(show(c, "unix_socket_directories")).isEmpty();
            assertThat(show(c, "server_encoding")).isEqualTo("UTF8");
            assertThat(show(c, "lc_collate")).isEqualTo("C");
        } finally {
            server.drop(probe);
        }
    }

    @Test
    void eachFreshDatabaseIsEmptyAndSeparate() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        PgConnectionSpec first = server.freshDatabase("first");
        PgConnectionSpec second = server.freshDatabase("first");
        try {
            assertThat(second.database()).isNotEqualTo(first.database());
            try (Connection c = PostgresServer.connect(first); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE only_here (id INTEGER)");
            }
            try (Connection c = PostgresServer.connect(second); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeQuery("SELECT * FROM only_here")).hasMessageContaining("does not exist");
            }
        } finally {
            server.drop(first);
            server.drop(second);
        }
        assertThatThrownBy(() -> PostgresServer.connect(first).close()).hasMessageContaining("does not exist");
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
