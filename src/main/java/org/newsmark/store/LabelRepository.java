package org.newsmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.model.Label;
import org.newsmark.model.LabelScheme;

/** The label scheme: labels with colour, hotkey and order, and the relation types. */
public final class LabelRepository {

    private final Store store;
    /**
     * The highest label id deleted through this store. SQLite would give it to the next label; undo
     * histories refer to labels by id, so a deleted label's id is never handed out again in this run.
     */
    private long deletedUpTo;

    LabelRepository(Store store) {
        this.store = store;
    }

    public LabelScheme scheme() {
        return store.read(() -> new LabelScheme(all(), relationTypes()));
    }

    public List<Label> all() {
        return store.read(() -> {
            List<Label> labels = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, name, color, hotkey, position FROM labels ORDER BY position, id")) {
                while (rs.next()) {
                    labels.add(new Label(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
            return labels;
        });
    }

    public Optional<Label> byName(String name) {
        return all().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The label with that id, whatever it is called now. */
    public Optional<Label> find(long labelId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id, name, color, hotkey, position FROM labels WHERE id = ?")) {
                ps.setLong(1, labelId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Label(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                            : Optional.<Label>empty();
                }
            }
        });
    }

    public Label insert(Label label) {
        return store.inTransaction(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT INTO labels(id, name, color, hotkey, position) "
                            + "VALUES ((SELECT " + store.greatest() + "(coalesce(max(id), 0), ?) + 1 FROM labels), ?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, deletedUpTo);
                ps.setString(2, label.name());
                ps.setString(3, label.color());
                ps.setString(4, label.hotkey());
                ps.setInt(5, label.position());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return label.withId(keys.getLong(1));
                }
            }
        });
    }

    /** Changes name, colour, hotkey or position of a stored label; spans follow a rename. */
    public void update(Label label) {
        store.inTransaction(() -> {
            updateRow(label, "", Optional.empty());
            return null;
        });
    }

    /**
     * {@link #update(Label)} by {@code by}, only if the label is still at {@code expected} (what
     * {@link #version} gave when the analyst saw it); returns the new version.
     *
     * @throws ConcurrentEditException another analyst changed the label since; nothing was stored
     */
    public Version update(Label label, String by, long expected) {
        return store.inTransaction(() -> {
            updateRow(label, by, Optional.of(expected));
            return version(label.id());
        });
    }

    /** The version of a stored label: who changed it last, and when. */
    public Version version(long labelId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT version, changed_by, changed FROM labels WHERE id = ?")) {
                ps.setLong(1, labelId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("label " + labelId + " does not exist");
                    }
                    return new Version(rs.getLong(1), rs.getString(2), rs.getString(3));
                }
            }
        });
    }

    private void updateRow(Label label, String by, Optional<Long> expected) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("UPDATE labels SET name = ?, color = ?, hotkey = ?,"
                + " position = ?, version = version + 1, changed_by = ?, changed = " + store.now() + " WHERE id = ?"
                + (expected.isPresent() ? " AND version = ?" : ""))) {
            ps.setString(1, label.name());
            ps.setString(2, label.color());
            ps.setString(3, label.hotkey());
            ps.setInt(4, label.position());
            ps.setString(5, by);
            ps.setLong(6, label.id());
            if (expected.isPresent()) {
                ps.setLong(7, expected.get());
            }
            if (ps.executeUpdate() != 1) {
                Optional<Label> stored = find(label.id());
                if (stored.isPresent() && expected.isPresent()) {
                    throw new ConcurrentEditException("the label '" + stored.get().name() + "'", version(label.id()));
                }
                throw new IllegalArgumentException("label " + label.id() + " does not exist");
            }
        }
    }

    /** Deletes a label that no span uses; a used label is refused with the count of its spans. */
    public void delete(long labelId) {
        deleteRow(labelId, Optional.empty());
    }

    /**
     * {@link #delete(long)} only if the label is still at {@code expected} (what {@link #version} gave
     * when the analyst saw it).
     *
     * @throws ConcurrentEditException another analyst changed the label since; nothing was deleted
     */
    public void delete(long labelId, long expected) {
        deleteRow(labelId, Optional.of(expected));
    }

    private void deleteRow(long labelId, Optional<Long> expected) {
        store.inTransaction(() -> {
            if (expected.isPresent() && find(labelId).isPresent()) {
                Version current = version(labelId);
                if (current.number() != expected.get()) {
                    throw new ConcurrentEditException("the label '" + find(labelId).orElseThrow().name() + "'", current);
                }
            }
            try (PreparedStatement count = store.connection().prepareStatement("SELECT count(*) FROM spans WHERE label_id = ?")) {
                count.setLong(1, labelId);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    int used = rs.getInt(1);
                    if (used > 0) {
                        throw new IllegalArgumentException("the label is used by " + used
                                + (used == 1 ? " span" : " spans") + "; relabel or delete them first");
                    }
                }
            }
            try (PreparedStatement ps = store.connection().prepareStatement("DELETE FROM labels WHERE id = ?"
                    + (expected.isPresent() ? " AND version = ?" : ""))) {
                ps.setLong(1, labelId);
                if (expected.isPresent()) {
                    ps.setLong(2, expected.get()); // the check above may race with a change on a server
                }
                if (ps.executeUpdate() != 1) {
                    throw new IllegalArgumentException("label " + labelId + " does not exist");
                }
                deletedUpTo = Math.max(deletedUpTo, labelId);
            }
            return null;
        });
    }

    public List<String> relationTypes() {
        return store.read(() -> {
            List<String> types = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM relation_types ORDER BY position, name")) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            return types;
        });
    }

    public void addRelationType(String type) {
        store.inTransaction(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT INTO relation_types(name, position) "
                            + "VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM relation_types)) ON CONFLICT DO NOTHING")) {
                ps.setString(1, type);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
