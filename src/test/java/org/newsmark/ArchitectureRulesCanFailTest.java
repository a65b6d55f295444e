package org.newsmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.model.archfixture.ModelThatSpeaksSql;

/**
 * The layer rules of {@link ArchitectureTest} can fail: pointed at a package that does not exist (as
 * after a rename) every rule reports that it checked nothing, and a class that breaks a rule is caught.
 */
class ArchitectureRulesCanFailTest {

    @Test
    void everyRuleFailsWhenItsPackagesAreEmptyOrRenamed() throws IllegalAccessException {
        JavaClasses renamed = new ClassFileImporter().importPackages("org.newsmark.renamedaway");
        List<ArchRule> rules = rules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(10);

        for (ArchRule rule : rules) {
            assertThatThrownBy(() -> rule.check(renamed))
                    .as(rule.getDescription())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("failed to check any classes");
        }
    }

    @Test
    void aModelClassThatSpeaksSqlBreaksTheRules() {
        JavaClasses offender = new ClassFileImporter().importClasses(ModelThatSpeaksSql.class);

        assertThatThrownBy(() -> ArchitectureTest.modelUsesNoSql.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ModelThatSpeaksSql")
                .hasMessageContaining("java.sql.Connection");
        assertThatThrownBy(() -> ArchitectureTest.onlyTheStoreUsesSql.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ModelThatSpeaksSql");
    }

    private static List<ArchRule> rules() throws IllegalAccessException {
        List<ArchRule> rules = new ArrayList<>();
        for (Field field : ArchitectureTest.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                rules.add((ArchRule) field.get(null));
            }
        }
        return rules;
    }
}
