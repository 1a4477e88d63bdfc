package org.gongkai.application;

import org.springframework.ui.Model;

/**
 * A section another module adds to an application's back-office page, so that the page can show records the
 * application module does not own (reconsideration and litigation) without depending on their module. The page
 * inserts each section's fragment, with {@code app} and {@code canAct} in the model, in {@code @Order}.
 */
public interface ApplicationPageSection {

    /** The Thymeleaf fragment to insert, e.g. {@code "challenge/challenge-section :: section"}. */
    String fragment();

    /** Adds what the fragment shows to the page's model. */
    void addTo(ApplicationCase app, Model model);
}
