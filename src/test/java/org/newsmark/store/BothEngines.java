package org.newsmark.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.newsmark.store.postgres.PostgresServer;

/**
 * Runs a test once on a fresh SQLite file and once on a fresh PostgreSQL database of the JVM's test
 * server: the test (and its {@code @BeforeEach}) takes a {@link TestDatabase} parameter. Annotate
 * the test method with {@link EngineTest}.
 */
public final class BothEngines implements TestTemplateInvocationContextProvider {

    /** A test run on both engines. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @TestTemplate
    @ExtendWith(BothEngines.class)
    public @interface EngineTest {
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        String purpose = context.getRequiredTestClass().getSimpleName() + "_" + context.getRequiredTestMethod().getName();
        return Stream.of(invocation("SQLite", () -> {
            try {
                Path dir = Files.createTempDirectory("newsmark-engine");
                return new Prepared(new TestDatabase.Sqlite(dir.resolve("test.newsmark")), () -> deleteTree(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), invocation("PostgreSQL", () -> {
            var spec = PostgresServer.shared().freshMigratedDatabase(purpose);
            return new Prepared(new TestDatabase.Postgres(spec), () -> PostgresServer.shared().drop(spec));
        }));
    }

    private record Prepared(TestDatabase database, Runnable cleanUp)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            cleanUp.run();
        }
    }

    private static TestTemplateInvocationContext invocation(String engine, java.util.function.Supplier<Prepared> make) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return engine;
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new ParameterResolver() {
                    @Override
                    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
                        return parameter.getParameter().getType() == TestDatabase.class;
                    }

                    @Override
                    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
                        // one database per invocation, shared by @BeforeEach and the test itself
                        return context.getStore(ExtensionContext.Namespace.create(BothEngines.class, engine))
                                .getOrComputeIfAbsent(Prepared.class, k -> make.get(), Prepared.class).database();
                    }
                });
            }
        };
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind goes with the rest of the temporary files
        }
    }
}
