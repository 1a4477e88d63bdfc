package org.gongkai;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Modules are the packages directly under org.gongkai. A module may use another module's public types at its
 * package root only: never a type in a sub-package (its internals), and never a package-private type (the
 * compiler already forbids that). The shared platform module is open to all.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "org.gongkai.";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    @Test
    void modulesUseOnlyEachOthersPublicFace() {
        classes().should(useOnlyPublicFacesOfOtherModules()).check(classes);
    }

    private static ArchCondition<JavaClass> useOnlyPublicFacesOfOtherModules() {
        return new ArchCondition<>("use only the root package of other modules") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = module(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(d -> {
                    JavaClass target = d.getTargetClass();
                    String pkg = target.getPackageName();
                    if (!pkg.startsWith(ROOT)) {
                        return;
                    }
                    String to = module(pkg);
                    if (to.equals(from) || to.equals("platform")) {
                        return;
                    }
                    boolean internal = !pkg.equals(ROOT + to);
                    if (internal) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()
                                + " reaches into the internals of module " + to));
                    }
                });
            }
        };
    }

    static String module(String pkg) {
        if (!pkg.startsWith(ROOT)) {
            return "";
        }
        String rest = pkg.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
