package org.newsmark.model.archfixture;

import java.sql.Connection;

/** Breaks two layer rules on purpose: a model class that speaks SQL. Only ArchitectureRulesCanFailTest loads it. */
public final class ModelThatSpeaksSql {

    private ModelThatSpeaksSql() {
    }

    public static boolean open(Connection connection) throws java.sql.SQLException {
        return !connection.isClosed();
    }
}
