package org.newsmark.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Names and labels are user text: through prepared statements, SQL inside them is stored as text on
 * PostgreSQL, never run (its dollar quotes and backslashes included).
 */
@ExtendWith(PostgresDatabase.class)
class PgInjectionTest {

    private static final List<String> TABLES = List.of("documents", "labels", "spans", "relations", "relation_types",
            "rejected_suggestions");

    @BeforeAll
    static void migrate(PgConnectionSpec db) {
        PgSchema.migrate(db);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "'); DROP TABLE documents; --",
            "x' OR '1'='1",
            "\\'; DELETE FROM labels; --",
            "$$; DROP TABLE spans; $$",
            "E'\\x27'; TRUNCATE relation_types CASCADE; --",
            "\"end\"; SELECT pg_sleep(0); --",
            "Ünïcødé 😀 ' \" \\ ; -- /* */"})
    void hostileNamesAndLabelsAreStoredAsTextAndRunNothing(String hostile, PgConnectionSpec db) throws SQLException {
        try (Connection c = PostgresServer.connect(db)) {
            long labelsBefore = PgSchemaTest.count(c, "SELECT count(*) FROM labels");
            long doc = PgSchemaTest.insertDocument(c, hostile, "some text for " + hostile);
            long label = PgSchemaTest.insertLabel(c, hostile);
            PgSchemaTest.insertSpan(c, doc, 0, 4, label);

            assertThat(single(c, "SELECT name FROM documents WHERE name = ?", hostile)).isEqualTo(hostile);
            assertThat(single(c, "SELECT l.name FROM spans s JOIN labels l ON l.id = s.label_id WHERE s.document_id = "
                    + doc + " AND l.name = ?", hostile)).isEqualTo(hostile);
            assertThat(PgSchemaTest.count(c, "SELECT count(*) FROM labels")).isEqualTo(labelsBefore + 1);
            assertThat(PgSchemaTest.count(c, "SELECT count(*) FROM relation_types")).isEqualTo(1);
            for (String table : TABLES) {
                assertThat(PgSchemaTest.count(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'"))
                        .as(table).isEqualTo(1);
            }
        }
    }

    private static String single(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                String value = rs.getString(1);
                assertThat(rs.next()).as("only the one row").isFalse();
                return value;
            }
        }
    }
}
