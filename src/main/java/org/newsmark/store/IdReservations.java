package org.newsmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * Ids handed out ahead of the insert. A window keeps a few span and relation ids in hand, so that an
 * action shows its rows under their final ids at once while the writer thread stores them a moment
 * later. No id is given twice, whether to a reservation, to an insert without an id of its own, or
 * after its row was deleted, so undo can always store a row again under the id the screen shows.
 *
 * <p>On SQLite, which has one writer at a time, an insert takes the first id above both the table's
 * rows and everything reserved ({@link #firstFree}), and a deletion raises the mark to the ids it
 * deletes ({@link #retire}). On PostgreSQL the ids come from the tables' sequences, which never give a
 * value twice nor go back (see {@link Engine#takeIds}); the mark here only records how far reservations
 * went, for a copy of the store and for the sequences' catching up ({@link Engine#idsTaken}).
 */
final class IdReservations {

    /** The schema version that made the table. */
    static final int SINCE_VERSION = 5;

    private static final Set<String> TABLES = Set.of("spans", "relations");

    private IdReservations() {
    }

    /** Reserves {@code size} ids of {@code table}; must run inside the store's write transaction. */
    static IdBlock reserve(Store store, String table, int size) throws SQLException {
        requireTable(table);
        long first = store.takeIds(table, size);
        try (PreparedStatement ps = store.connection().prepareStatement("""
                INSERT INTO id_reservations(table_name, high) VALUES (?, ?)
                ON CONFLICT(table_name) DO UPDATE SET high = %s(id_reservations.high, excluded.high)"""
                .formatted(store.greatest()))) {
            ps.setString(1, table);
            ps.setLong(2, first + size - 1);
            ps.executeUpdate();
        }
        return new IdBlock(first, size);
    }

    /** Raises {@code table}'s mark to the id {@code maxIdQuery} returns (its parameters all {@code id}), if higher. */
    static void retire(Store store, String table, String maxIdQuery, long id) throws SQLException {
        requireTable(table);
        try (PreparedStatement ps = store.connection().prepareStatement("INSERT INTO id_reservations(table_name, high) "
                + "SELECT ?, m FROM (SELECT CAST((" + maxIdQuery + ") AS BIGINT) AS m) AS retired WHERE m IS NOT NULL "
                + "ON CONFLICT(table_name) DO UPDATE SET high = " + store.greatest()
                + "(id_reservations.high, excluded.high)")) {
            ps.setString(1, table);
            for (int i = 2; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                ps.setLong(i, id);
            }
            ps.executeUpdate();
        }
    }

    private static void requireTable(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("no id reservations for " + table);
        }
    }

    /** The first id above every row of {@code table} and every id reserved for it. */
    static long firstFree(Store store, String table, boolean withReservations) throws SQLException {
        requireTable(table);
        String reserved = withReservations
                ? "coalesce((SELECT high FROM id_reservations WHERE table_name = '" + table + "'), 0)" : "0";
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT " + store.greatest() + "(coalesce((SELECT max(id) FROM " + table + "), 0), "
                     + reserved + ")")) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }
}
