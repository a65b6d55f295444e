package org.newsmark.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every table of a store, as text, in a fixed order: what two stores compare by. */
final class StoreDump {

    private StoreDump() {
    }

    static Map<String, List<List<String>>> of(Store store) {
        Map<String, List<List<String>>> dump = new LinkedHashMap<>();
        StoreCopy.TABLES.forEach((table, columns) -> dump.put(table, rows(store, table, columns)));
        return dump;
    }

    private static List<List<String>> rows(Store store, String table, List<String> columns) {
        String list = String.join(", ", columns);
        return store.read(() -> {
            List<List<String>> rows = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + list + " FROM " + table + " ORDER BY " + list)) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
