package org.newsmark.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsmark.io.DatasetException;
import org.newsmark.io.DatasetFormat;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentSummary;
import org.newsmark.model.Label;
import org.newsmark.model.LabelScheme;
import org.newsmark.store.Store;
import org.newsmark.store.StoreAccessException;
import org.newsmark.store.postgres.PgConfigException;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.suggest.Gazetteer;

/**
 * An open database with its label scheme and the annotation sessions of this run. Sessions are
 * kept so that each document's undo history survives switching documents.
 */
public final class Workspace implements AutoCloseable {

    private final Store store;
    private final DefaultScheme defaults;
    private final Annotator annotator;
    private final Map<Long, DocumentSession> sessions = new HashMap<>();
    /** Sessions of layers other than this annotator's, by layer name and document id. */
    private final Map<String, DocumentSession> otherLayers = new HashMap<>();
    private Optional<SessionWriter.Background> background = Optional.empty();
    /** A read-only connection of its own that documents are first read on, in the window (see {@link #commitInBackground}). */
    private Optional<Store> reading = Optional.empty();
    /** What this workspace's own sessions changed: they never refuse each other's changes. */
    private final EditVersions versions;
    private SavingStatus saving = SavingStatus.inline();

    private Workspace(Store store, DefaultScheme defaults, Annotator annotator) {
        this.store = store;
        this.defaults = defaults;
        this.annotator = annotator;
        this.versions = new EditVersions(annotator.name());
    }

    /** Opens a database as this OS user ({@link Annotator#osUser}), giving a new one the default label scheme. */
    public static Workspace open(Path file) {
        return open(file, new Annotator(DocumentSession.ANALYST));
    }

    /**
     * Opens a database for {@code annotator}: sessions work on their layer, what they add is theirs,
     * and a new database gets the default label scheme.
     */
    public static Workspace open(Path file, Annotator annotator) {
        return seeded(Store.open(file), annotator);
    }

    /** A workspace on an opened store, whose new database gets the default label scheme; the store is closed on failure. */
    private static Workspace seeded(Store store, Annotator annotator) {
        try {
            Workspace workspace = new Workspace(store, DefaultScheme.load(), annotator);
            workspace.seedLabelsIfEmpty();
            return workspace;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens the database {@code location} names: an SQLite file's path, or the address of a database
     * on a PostgreSQL server ({@code postgresql://host:5432/newsroom}), which several analysts share.
     *
     * @throws DatabaseAccessException the address is malformed, or the server cannot be reached,
     *                                 refuses the login or the user lacks rights
     */
    public static Workspace open(String location, Annotator annotator) {
        return seeded(access(() -> Store.open(location)), annotator);
    }

    /**
     * Opens the database on a server that {@code login} names, with the password typed for this
     * session (if any) instead of the environment's or {@code .pgpass}'s.
     *
     * @throws DatabaseAccessException as {@link #open(String, Annotator)}
     */
    public static Workspace open(ServerLogin login, Annotator annotator) {
        return seeded(access(() -> Store.connect(login.spec())), annotator);
    }

    /** This workspace's database opened again for {@code other}, with the same login (a window changing annotator). */
    public Workspace openAs(Annotator other) {
        return seeded(access(store::openAnother), other);
    }

    /** {@link #open(String, Annotator)} as this OS user. */
    public static Workspace open(String location) {
        return open(location, new Annotator(DocumentSession.ANALYST));
    }

    /** {@link #openReadOnly(Path, Annotator)} for a file's path or a server's address. */
    public static Workspace openReadOnly(String location, Annotator annotator) {
        DefaultScheme defaults = DefaultScheme.load();
        return new Workspace(access(() -> Store.openReadOnly(location)), defaults, annotator);
    }

    /** {@link #openReadOnly(String, Annotator)} as this OS user. */
    public static Workspace openReadOnly(String location) {
        return openReadOnly(location, new Annotator(DocumentSession.ANALYST));
    }

    /** Whether {@code location} names a database on a PostgreSQL server rather than a file. */
    public static boolean isServerAddress(String location) {
        return PgConnectionSpec.isAddress(location);
    }

    /** Opening a store, with what the user can put right (an address, a login, rights) as one exception. */
    static <T> T access(Supplier<T> opening) {
        try {
            return opening.get();
        } catch (PgConfigException | StoreAccessException e) {
            throw new DatabaseAccessException(e.getMessage(), e);
        }
    }

    /**
     * Opens an existing database only to read it (statistics, exports): nothing is migrated, seeded or
     * written, and it works while another program holds the write lock or on a read-only file.
     */
    public static Workspace openReadOnly(Path file) {
        return openReadOnly(file, new Annotator(DocumentSession.ANALYST));
    }

    /** {@link #openReadOnly(Path)} for {@code annotator}: an export's default layer is theirs. */
    public static Workspace openReadOnly(Path file, Annotator annotator) {
        DefaultScheme defaults = DefaultScheme.load();
        return new Workspace(Store.openReadOnly(file), defaults, annotator);
    }

    /**
     * Opens the default database (creating its folder), importing the bundled sample corpus when the
     * database has no documents yet.
     */
    public static Workspace openWithSamples(Path file) {
        return openWithSamples(file, new Annotator(DocumentSession.ANALYST));
    }

    /** {@link #openWithSamples(Path)} for {@code annotator}. */
    public static Workspace openWithSamples(Path file, Annotator annotator) {
        boolean created = !Files.exists(file);
        if (created && file.toAbsolutePath().getParent() != null) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (java.io.IOException e) {
                throw new org.newsmark.store.StoreException(file, "cannot create its folder: " + e.getMessage(), e);
            }
        }
        Workspace workspace = open(file, annotator);
        if (workspace.store.documents().count() == 0) {
            try {
                BundledCorpus.importInto(workspace.store);
            } catch (RuntimeException e) {
                workspace.close();
                throw e;
            }
        }
        return workspace;
    }

    private void seedLabelsIfEmpty() {
        store.inTransaction(() -> {
            if (store.labels().all().isEmpty()) {
                defaults.scheme().labels().forEach(store.labels()::insert);
                defaults.scheme().relationTypes().forEach(store.labels()::addRelationType);
            }
            return null;
        });
    }

    /** The store itself stays inside {@code app}: the window and the CLI go through the use cases below. */
    Store store() {
        return store;
    }

    /** The connection documents and the document list are read on, in the window; the store's own elsewhere. */
    synchronized Store readingStore() {
        return reading.orElse(store);
    }

    /** Whose layer this workspace works on: what sessions show and what they, imports and merges add. */
    public Annotator annotator() {
        return annotator;
    }

    /** Starts the background suggestion engine over this database with the standard gazetteer. */
    public SuggestionService startSuggestions() {
        return SuggestionService.start(store);
    }

    /** Starts the background suggestion engine on the runner's suggestion thread, with the gazetteer {@code places} gives. */
    public SuggestionService startSuggestions(Supplier<Gazetteer> places, TaskRunner runner) {
        return SuggestionService.start(store, places, runner, annotator.name());
    }

    /** Counts of documents, spans and relations per label and status. */
    public CorpusStats stats() {
        return CorpusStats.of(store);
    }

    /** Scores the stored annotations against a gold dataset file. */
    public GoldEvaluation.Result evaluate(Path gold, Optional<DatasetFormat> format) throws java.io.IOException, DatasetException {
        return GoldEvaluation.evaluate(store, gold, format);
    }

    /** The SQLite file; a database on a server has none (see {@link #localFile()}, {@link #location()}). */
    public Path file() {
        return store.file();
    }

    /** The SQLite file, or empty for a database on a server. */
    public Optional<Path> localFile() {
        return store.localFile();
    }

    /** The database as messages name it: a file's path or a server's address (never a password). */
    public String location() {
        return store.location();
    }

    public LabelScheme scheme() {
        return store.labels().scheme();
    }

    /** Every document with the span count of this annotator's layer, for the list. */
    public List<DocumentSummary> documents() {
        Store from = readingStore();
        return from.documents().summaries(annotator.name());
    }

    /**
     * The ids of the documents assigned to this workspace's annotator, or empty when no document is
     * assigned to anyone (then every document is everyone's).
     */
    public Optional<java.util.Set<Long>> assignedDocuments() {
        Store from = readingStore();
        return from.read(() -> from.layers().hasAssignments()
                ? Optional.of(java.util.Set.copyOf(from.layers().assignedTo(annotator.name())))
                : Optional.<java.util.Set<Long>>empty());
    }

    /**
     * The session of a document, the same object for the whole run. Opening changes nothing: the
     * window marks a new document in progress at the analyst's first change
     * ({@link DocumentSession#markStarted}), and corpus-wide actions leave statuses alone.
     */
    public DocumentSession open(long documentId) {
        Optional<DocumentSession> known = openSessionIfAny(documentId);
        if (known.isPresent()) {
            return known.get();
        }
        // read without holding this workspace: the thread that takes the keys may ask for an open session meanwhile
        DocumentSession fresh = newSession(documentId, annotator.name());
        synchronized (this) {
            return sessions.computeIfAbsent(documentId, id -> fresh); // a concurrent open may have won: one session per document
        }
    }

    private DocumentSession newSession(long id, String layer) {
        Optional<SessionWriter.Background> commits;
        synchronized (this) {
            commits = background;
        }
        Store readFrom = readingStore();
        Document document = readFrom.read(() -> readFrom.documents().find(id))
                .orElseThrow(() -> new IllegalArgumentException("no document " + id + " in " + store.location()));
        SessionWriter writer = commits.map(bg -> SessionWriter.inBackground(store, id, bg))
                .orElseGet(() -> SessionWriter.inline(store, id));
        SessionState state = new SessionState(store, readFrom, document, layer, versions);
        state.useWriter(writer);
        return new DocumentSession(state, writer);
    }

    /**
     * The session of another annotator's layer of a document (curation writes {@value Annotator#GOLD}
     * this way), the same object for the whole run; this workspace's own layer is {@link #open(long)}.
     */
    public synchronized DocumentSession open(long documentId, Annotator layer) {
        if (layer.equals(annotator)) {
            return open(documentId);
        }
        return otherLayers.computeIfAbsent(layer.name() + "\u0000" + documentId,
                key -> newSession(documentId, layer.name()));
    }

    /**
     * From now on, sessions opened commit their actions on {@code writer} (one thread, in order) and
     * report on {@code notify}, so the thread that takes the analyst's keys never waits on the store.
     * Without this (the command line) every action is committed before it returns.
     */
    public synchronized void commitInBackground(java.util.concurrent.Executor writer, java.util.concurrent.Executor notify) {
        saving = new SavingStatus(notify);
        background = Optional.of(new SessionWriter.Background(writer, notify, saving));
        if (reading.isEmpty()) {
            reading = readingConnection();
        }
    }

    /** A connection of its own to read documents on, or none (then they are read on the store's one) where it cannot be had. */
    private Optional<Store> readingConnection() {
        try {
            return Optional.of(store.openForReading());
        } catch (RuntimeException e) {
            System.getLogger("newsmark").log(System.Logger.Level.WARNING, store.location()
                    + ": documents are read on the writer's connection: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** What the background writer has not committed yet, and whether it waits for a lost server connection. */
    public synchronized SavingStatus saving() {
        return saving;
    }

    /** Waits until every action handed to the background writer so far is committed. */
    public synchronized void awaitCommits() {
        sessions.values().forEach(DocumentSession::awaitCommits);
        otherLayers.values().forEach(DocumentSession::awaitCommits);
    }

    /** After a label was deleted: sessions look label ids up again instead of trusting what they knew. */
    synchronized void forgetLabels() {
        sessions.values().forEach(DocumentSession::forgetLabels);
        otherLayers.values().forEach(DocumentSession::forgetLabels);
    }

    /** Re-reads every open session, e.g. after a label rename changed how spans are named. */
    public synchronized void refreshSessions() {
        sessions.values().forEach(DocumentSession::reload);
        otherLayers.values().forEach(DocumentSession::reload);
    }

    /** The sessions this run has opened, the other layers' included. */
    public synchronized List<DocumentSession> openSessions() {
        List<DocumentSession> open = new java.util.ArrayList<>(sessions.values());
        open.addAll(otherLayers.values());
        return open;
    }

    /** The session of a document if this run has opened it, without opening it. */
    public synchronized java.util.Optional<DocumentSession> openSessionIfAny(long documentId) {
        return java.util.Optional.ofNullable(sessions.get(documentId));
    }

    /** The label of that name, created with the next safe colour when the scheme lacks it. */
    public Label ensureLabel(String name) {
        return store.inTransaction(() -> {
            List<Label> labels = store.labels().all();
            return labels.stream().filter(l -> l.name().equals(name)).findFirst()
                    .orElseGet(() -> store.labels().insert(Label.of(name, defaults.colorFor(labels.size()), "",
                            labels.stream().mapToInt(Label::position).max().orElse(-1) + 1)));
        });
    }

    @Override
    public void close() {
        Optional<Store> reader;
        synchronized (this) {
            reader = reading;
            reading = Optional.empty();
        }
        reader.ifPresent(Store::close);
        store.close();
    }
}
