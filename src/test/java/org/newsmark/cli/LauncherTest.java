package org.newsmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line runs in-process without loading a single JavaFX class. */
class LauncherTest {

    /** Loads the application's classes itself, so it can tell which ones a run needed. */
    private static final class IsolatedLoader extends URLClassLoader {
        IsolatedLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void theCliPathNeverLoadsJavaFx(@TempDir Path temp) throws Exception {
        URL[] classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> {
                    try {
                        return Path.of(p).toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toArray(URL[]::new);
        try (IsolatedLoader loader = new IsolatedLoader(classpath)) {
            Class<?> launcher = Class.forName("org.newsmark.Launcher", true, loader);
            Method opensWindow = launcher.getDeclaredMethod("opensWindow", String[].class);
            opensWindow.setAccessible(true);
            String[] args = {"import", "--db", temp.resolve("x.db").toString(), "src/test/resources/samples/brat-news"};
            assertThat((boolean) opensWindow.invoke(null, (Object) args)).isFalse();

            Class<?> terminalClass = Class.forName("org.newsmark.cli.Terminal", true, loader);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Object terminal = terminalClass.getConstructors()[0].newInstance(out,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of());
            Method run = Class.forName("org.newsmark.cli.Cli", true, loader).getMethod("run", terminalClass, String[].class);
            assertThat(run.invoke(null, terminal, args)).isEqualTo(0);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported 13 documents");
            assertThat(run.invoke(null, terminal, new String[] {"stats", "--db", temp.resolve("x.db").toString()})).isEqualTo(0);

            assertThat(loader.loaded("org.newsmark.cli.ImportCommand")).as("the loader sees the CLI's classes").isTrue();
            assertThat(loader.loaded("javafx.application.Application")).isFalse();
            assertThat(loader.loaded("javafx.application.Platform")).isFalse();
            assertThat(loader.loaded("org.newsmark.ui.shell.WindowLauncher")).isFalse();
        }
    }

    @Test
    void noArgumentsOrOnlyADatabaseOpenTheWindow() {
        assertThat(org.newsmark.LauncherAccess.opensWindow()).isTrue();
        assertThat(org.newsmark.LauncherAccess.opensWindow("--db", "x.db")).isTrue();
        assertThat(org.newsmark.LauncherAccess.opensWindow("--db=x.db")).isTrue();
        assertThat(org.newsmark.LauncherAccess.opensWindow("stats", "--db", "x.db")).isFalse();
        assertThat(org.newsmark.LauncherAccess.opensWindow("--help")).isFalse();
    }
}
