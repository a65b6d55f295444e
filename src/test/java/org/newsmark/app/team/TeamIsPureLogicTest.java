package org.newsmark.app.team;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Agreement and curation are pure logic on model records: no store, no SQL, no JavaFX, and none of
 * the app's workspace or session classes, so the CLI, the window and a second store engine can all
 * feed them. (A rule matching no class fails, so an emptied or renamed package cannot pass.)
 */
@AnalyzeClasses(packages = "org.newsmark.app.team", importOptions = ImportOption.DoNotIncludeTests.class)
class TeamIsPureLogicTest {

    @ArchTest
    static final ArchRule teamNeedsNoStoreUiOrSession = noClasses().that().resideInAPackage("org.newsmark.app.team..")
            .should().dependOnClassesThat().resideInAnyPackage("org.newsmark.store..", "org.newsmark.ui..",
                    "org.newsmark.cli..", "org.newsmark.app", "javafx..", "java.sql..");
}
