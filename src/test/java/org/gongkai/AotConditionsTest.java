package org.gongkai;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * Spring AOT (the web start with {@code -Dspring.aot.enabled=true}, ADR 0035) decides conditions when the jar is
 * built: a bean switched by a setting must check the setting when it runs instead (docs/DEVELOPING.md).
 */
class AotConditionsTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    @Test
    void noBeanIsSwitchedBySettingsAtBuildTime() {
        for (Class<? extends java.lang.annotation.Annotation> a : java.util.List.of(ConditionalOnProperty.class,
                ConditionalOnExpression.class, Profile.class)) {
            noClasses().should().beAnnotatedWith(a).because("AOT fixes it at build time; check the setting when the "
                    + "bean runs").check(classes);
            noMethods().should().beAnnotatedWith(a).because("AOT fixes it at build time; decide in the @Bean method")
                    .allowEmptyShould(true).check(classes);
        }
    }
}
