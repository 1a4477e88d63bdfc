package org.gongkai;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Directions that {@code verify()} cannot see: demo and bench code stays a leaf, the public side only reads. */
class DependencyDirectionTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(GongkaiApplication.class);

    /** The document module's workflow actions: the write side. */
    private static final Set<String> DOCUMENT_WORKFLOW = Set.of("CreateDocument", "SaveDraft", "AttachFile",
            "SubmitForReview", "ReviewEdition", "RedactEdition", "PublishEdition", "StartNewEdition",
            "WithdrawOrRemove");

    @Test
    void noModuleDependsOnTheDemoModule() {
        assertThat(MODULES.getModuleByName("demo").orElseThrow().getDirectDependencies(MODULES).uniqueModules()
                .map(ApplicationModule::getName)).contains("catalog", "document", "review");
        for (ApplicationModule module : MODULES) {
            if (!module.getName().equals("demo")) {
                assertThat(module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName))
                        .as("dependencies of %s", module.getName()).doesNotContain("demo");
            }
        }
    }

    @Test
    void thePortalReadsAndDoesNotReachIntoTheWorkflow() {
        ApplicationModule portal = MODULES.getModuleByName("portal").orElseThrow();
        assertThat(portal.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName))
                .doesNotContain("review");
        assertThat(portal.getDirectDependencies(MODULES).stream().map(ApplicationModuleDependency::getTargetType)
                .filter(t -> t.getPackageName().equals("org.gongkai.document")).map(t -> t.getSimpleName()))
                .doesNotContainAnyElementsOf(DOCUMENT_WORKFLOW);
    }
}
