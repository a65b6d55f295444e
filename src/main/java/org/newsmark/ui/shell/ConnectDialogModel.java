package org.newsmark.ui.shell;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsmark.app.ServerCheck;
import org.newsmark.app.ServerLogin;
import org.newsmark.app.UserPreferences;
import org.newsmark.app.Workspace;
import org.newsmark.model.Annotator;

/**
 * File → Connect to a shared corpus…: the server's address in fields, a connection test and the
 * connection itself, both on the worker (never the FX thread), their outcome told on {@code fx}. The
 * last address connected to is remembered in the preferences ({@value #LAST_ADDRESS}), never the
 * password, which lives in {@link #passwordProperty()} for this dialog only.
 */
public final class ConnectDialogModel {

    /** The preference key of the last corpus connected to, an address without a password. */
    public static final String LAST_ADDRESS = "server.address";

    private final StringProperty host = new SimpleStringProperty("localhost");
    private final StringProperty port = new SimpleStringProperty("5432");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<ServerLogin.SslMode> ssl = new SimpleObjectProperty<>(ServerLogin.SslMode.PREFER);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final UserPreferences preferences;
    private final Annotator annotator;
    private final Executor worker;
    private final Executor fx;

    /**
     * Fields filled from the last address remembered, else from {@code current} when the window is
     * on a server now.
     */
    public ConnectDialogModel(UserPreferences preferences, Optional<String> current, Annotator annotator,
                              Executor worker, Executor fx) {
        this.preferences = preferences;
        this.annotator = annotator;
        this.worker = worker;
        this.fx = fx;
        preferences.get(LAST_ADDRESS).or(() -> current.filter(Workspace::isServerAddress)).ifPresent(this::fillFrom);
        for (StringProperty field : new StringProperty[] {host, port, database, user}) {
            field.addListener((o, a, b) -> check());
        }
        check();
    }

    private void fillFrom(String address) {
        try {
            ServerLogin known = ServerLogin.fromAddress(address);
            host.set(known.host());
            port.set(Integer.toString(known.port()));
            database.set(known.database());
            user.set(known.user());
            ssl.set(known.ssl());
        } catch (RuntimeException e) {
            // a remembered address that no longer reads is simply not offered
        }
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    /** Empty: {@code $NEWSMARK_DB_USER}, else the login name. */
    public StringProperty userProperty() {
        return user;
    }

    /** Empty: {@code $NEWSMARK_DB_PASSWORD}, else {@code ~/.pgpass}. Used for this connection only. */
    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<ServerLogin.SslMode> sslProperty() {
        return ssl;
    }

    /** What keeps the fields from naming a database ("" when they do). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last test or connection attempt found. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A test or a connection is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The fields as a login, unless they cannot name a database. */
    public Optional<ServerLogin> login() {
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        ServerLogin login = new ServerLogin(host.get(), number, database.get(), user.get(), password.get(), ssl.get());
        return login.problem().isPresent() ? Optional.empty() : Optional.of(login);
    }

    private void check() {
        boolean portNumber = port.get().strip().matches("\\d{1,5}");
        problem.set(!portNumber ? "The port must be a number from 1 to 65535"
                : new ServerLogin(host.get(), Integer.parseInt(port.get().strip()), database.get(), user.get(), "",
                ssl.get()).problem().orElse(""));
    }

    /** Connects only to look; the message then says what the server holds, or why it could not connect. */
    public CompletableFuture<Void> testConnection() {
        return run(login -> ServerCheck.test(login).describe(), "Connecting to ").thenAccept(found -> found.ifPresent(message::set));
    }

    /**
     * Opens the corpus (creating the schema in an empty database) as the window's analyst; the
     * future gives the workspace, or nothing when it could not be opened (the message says why).
     * The address is remembered for next time, without the password.
     */
    public CompletableFuture<Optional<Workspace>> connect() {
        return run(login -> Workspace.open(login, annotator), "Opening ").thenApply(opened -> {
            opened.ifPresent(w -> {
                remember(w.location());
                password.set("");
                message.set("Connected to " + w.location());
            });
            return opened;
        });
    }

    private <T> CompletableFuture<Optional<T>> run(Function<ServerLogin, T> work, String doing) {
        Optional<ServerLogin> login = login();
        if (login.isEmpty() || busy.get()) {
            message.set(problem.get());
            return CompletableFuture.completedFuture(Optional.empty());
        }
        busy.set(true);
        message.set(doing + login.get().address() + "…");
        return CompletableFuture.supplyAsync(() -> work.apply(login.get()), worker)
                .handleAsync((done, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        message.set("Could not connect: " + reason(failure));
                        return Optional.<T>empty();
                    }
                    return Optional.of(done);
                }, fx);
    }

    private void remember(String address) {
        try {
            preferences.put(LAST_ADDRESS, address);
        } catch (RuntimeException e) {
            System.getLogger("newsmark").log(System.Logger.Level.WARNING, e.getMessage());
        }
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        System.getLogger("newsmark").log(System.Logger.Level.WARNING, cause.getMessage());
        return cause.getMessage() == null ? "an unexpected failure (see the log)" : cause.getMessage();
    }
}
