package org.newsmark.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A CPU profile of one phase of a benchmark, for finding where a row's time goes without the start-up and the other
 * rows in the way. Off unless {@code -Dbench.profile=DIR} names where to write and {@code -Dbench.asyncProfiler=HOME}
 * an async-profiler 3 folder (its jar and {@code linux-x64/libasyncProfiler.so}); the profiler is loaded by
 * reflection, so the build does not depend on it. Each phase writes {@code DIR/PHASE.collapsed}, one stack a line
 * with its thread first (flame-graph input).
 */
final class PhaseProfiler implements AutoCloseable {

    private final Object profiler;
    private final Method execute;
    private final Path output;

    private PhaseProfiler(Object profiler, Method execute, Path output) {
        this.profiler = profiler;
        this.execute = execute;
        this.output = output;
    }

    /** The profiler, loaded once: its native library cannot be loaded again by a second class loader. */
    private static Object instance;

    private static synchronized Object loaded(String home) throws ReflectiveOperationException, java.io.IOException {
        if (instance == null) {
            Path jar = Path.of(home, "async-profiler-3.0.jar");
            Path library = Path.of(home, "linux-x64", "libasyncProfiler.so");
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, PhaseProfiler.class.getClassLoader());
            Class<?> type = loader.loadClass("one.profiler.AsyncProfiler");
            instance = type.getMethod("getInstance", String.class).invoke(null, library.toString());
        }
        return instance;
    }

    /** Starts profiling {@code phase} when asked to; closing the result writes the profile. */
    static Optional<PhaseProfiler> start(String phase) {
        String dir = System.getProperty("bench.profile", "");
        String home = System.getProperty("bench.asyncProfiler", "");
        if (dir.isEmpty() || home.isEmpty()) {
            return Optional.empty();
        }
        try {
            Object profiler = loaded(home);
            Method execute = profiler.getClass().getMethod("execute", String.class);
            Files.createDirectories(Path.of(dir));
            execute.invoke(profiler, "start,event=cpu,interval=200us,threads");
            System.out.println("  profiling " + phase);
            return Optional.of(new PhaseProfiler(profiler, execute, Path.of(dir, phase + ".collapsed")));
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException("cannot start async-profiler from " + home + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            execute.invoke(profiler, "stop,collapsed,file=" + output);
            System.out.println("  profile written to " + output);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot stop async-profiler: " + e, e);
        }
    }
}
