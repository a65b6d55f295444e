package org.newsmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The whole content of a Newsmark database as text, table by table in id order: equal dumps, equal content. */
public final class DatabaseDump {

    private static final List<String> TABLES = List.of("documents", "labels", "relation_types", "spans", "relations");

    private DatabaseDump() {
    }

    public static String of(Path db) {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                sb.append("## ").append(table).append('\n');
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            sb.append(i > 1 ? " | " : "").append(rs.getString(i));
                        }
                        sb.append('\n');
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                sb.append("user_version ").append(rs.getInt(1)).append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }
}
