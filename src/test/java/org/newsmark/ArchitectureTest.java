package org.newsmark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of Newsmark: {@code model} is plain records; only {@code store} speaks SQL; {@code io}
 * and {@code suggest} work on the model without the database; {@code app} wires things for the UI
 * and the CLI without JavaFX; the UI and the CLI reach the data only through {@code app}; nothing below the
 * UI knows about it. A rule that matches no class fails (ArchUnit's default), so a renamed package
 * cannot make its rules pass vacuously.
 */
@AnalyzeClasses(packages = "org.newsmark", importOptions = ArchitectureTest.ProductionClassesOnly.class)
class ArchitectureTest {

    private static final String MODEL = "org.newsmark.model..";
    private static final String STORE = "org.newsmark.store..";
    private static final String IO = "org.newsmark.io..";
    private static final String SUGGEST = "org.newsmark.suggest..";
    private static final String APP = "org.newsmark.app..";
    private static final String UI = "org.newsmark.ui..";
    private static final String CLI = "org.newsmark.cli..";
    private static final String TEXT = "org.newsmark.text..";
    private static final String UI_SHELL = "org.newsmark.ui.shell..";
    private static final String UI_FEATURES = "org.newsmark.ui.article..";
    private static final String UI_DATASETS = "org.newsmark.ui.datasets..";
    private static final String UI_TEAM = "org.newsmark.ui.team..";

    @ArchTest
    static final ArchRule modelUsesNoJavaFx = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule modelUsesNoSql = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule onlyTheStoreUsesSql = noClasses().that().resideOutsideOfPackages(STORE, "org.sqlite..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("the store is the only package that speaks SQL");

    @ArchTest
    static final ArchRule nothingBelowTheUiDependsOnIt = noClasses()
            .that().resideInAnyPackage(MODEL, STORE, IO, SUGGEST, APP, CLI)
            .should().dependOnClassesThat().resideInAPackage(UI);

    @ArchTest
    static final ArchRule modelDependsOnNoOtherNewsmarkPackage = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat(resideInNewsmarkOutsideModel());

    /** Any other Newsmark package, including ones not named here yet and the root package. */
    private static DescribedPredicate<JavaClass> resideInNewsmarkOutsideModel() {
        return DescribedPredicate.describe("reside in org.newsmark outside org.newsmark.model", c -> {
            String pkg = c.getPackageName();
            return (pkg.equals("org.newsmark") || pkg.startsWith("org.newsmark."))
                    && !pkg.equals("org.newsmark.model") && !pkg.startsWith("org.newsmark.model.");
        });
    }

    @ArchTest
    static final ArchRule textSegmentationSitsJustAboveTheModel = noClasses().that().resideInAPackage(TEXT)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, IO, SUGGEST, APP, UI, CLI)
            .because("io, suggest and app share one segmenter, so it may only use the model");

    @ArchTest
    static final ArchRule storeStaysBelowTheRest = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(IO, SUGGEST, APP, UI, CLI);

    @ArchTest
    static final ArchRule ioAndSuggestWorkWithoutTheStore = noClasses().that().resideInAnyPackage(IO, SUGGEST)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, APP, UI, CLI);

    @ArchTest
    static final ArchRule appUsesNoJavaFx = noClasses().that().resideInAPackage(APP)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("use cases are shared by the window and the headless CLI");

    @ArchTest
    static final ArchRule uiAndCliReachTheStoreOnlyThroughApp = noClasses().that().resideInAnyPackage(UI, CLI)
            .should().dependOnClassesThat().resideInAPackage(STORE)
            .because("the window and the CLI use the use cases of app, which a second store engine can serve");

    @ArchTest
    static final ArchRule noStaticExecutors = noFields().that().areStatic()
            .should().haveRawType(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(java.util.concurrent.Executor.class))
            .because("threads belong to one injected TaskRunner, which a window closes and a test can see");

    @ArchTest
    static final ArchRule appDoesNotDependOnTheCli = noClasses().that().resideInAPackage(APP)
            .should().dependOnClassesThat().resideInAPackage(CLI);

    @ArchTest
    static final ArchRule uiFeaturesDoNotReachIntoTheShell = noClasses()
            .that().resideInAnyPackage(UI_FEATURES, UI_DATASETS, UI_TEAM)
            .should().dependOnClassesThat().resideInAPackage(UI_SHELL)
            .because("the shell (window, menus, keymap, preferences) puts the article, dataset and team views together, not the other way round");

    @ArchTest
    static final ArchRule sharedUiPartsKnowNoFeature = noClasses().that().resideInAPackage("org.newsmark.ui")
            .should().dependOnClassesThat().resideInAnyPackage(UI_SHELL, UI_FEATURES, UI_DATASETS, UI_TEAM)
            .because("the ui package itself holds only the small parts every view shares");

    /**
     * Leaves out test classes wherever the build puts them: ArchUnit's own option only knows
     * {@code target/test-classes}, and builds may move the output ({@code -Dnewsmark.buildDir}).
     */
    static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }
}
