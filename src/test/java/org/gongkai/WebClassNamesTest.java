package org.gongkai;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * One naming rule for web classes, so a reader finds a page's code by its name: {@code …Pages} render HTML pages
 * and take their forms, {@code …Actions} are groups of form posts that redirect, {@code …Files} send files
 * (downloads, feeds, sitemaps), {@code …Api} answer JSON. Nothing is a {@code …Controller}.
 */
class WebClassNamesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    @Test
    void pageControllersAreNamedForWhatTheyServe() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().haveSimpleNameEndingWith("Pages")
                .orShould().haveSimpleNameEndingWith("Actions")
                .orShould().haveSimpleNameEndingWith("Files")
                .orShould().haveSimpleNameEndingWith("Feeds")
                .because("HTML pages are …Pages, form-post groups …Actions, downloads …Files, feeds …Feeds")
                .check(classes);
    }

    @Test
    void jsonControllersEndInApi() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().haveSimpleNameEndingWith("Api")
                .check(classes);
    }
}
