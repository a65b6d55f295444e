package org.newsmark.store.postgres;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class a fresh, empty PostgreSQL database of its own on the JVM's shared server: a
 * {@link PgConnectionSpec} parameter of a test method, {@code @BeforeAll} method or constructor. The
 * database is made on first use by the class and dropped after its last test.
 */
public final class PostgresDatabase implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresDatabase.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PgConnectionSpec.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(testClass, c -> new ClassDatabase(PostgresServer.shared().freshDatabase(testClass.getSimpleName())),
                        ClassDatabase.class)
                .spec();
    }

    private record ClassDatabase(PgConnectionSpec spec) implements AutoCloseable {

        @Override
        public void close() {
            PostgresServer.shared().drop(spec);
        }
    }
}
