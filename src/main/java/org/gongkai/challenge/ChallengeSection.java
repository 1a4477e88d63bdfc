package org.gongkai.challenge;

import org.gongkai.application.ApplicationCase;
import org.gongkai.application.ApplicationPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The reconsideration and litigation records on an application's back-office page, with the form to add one. */
@Component
class ChallengeSection implements ApplicationPageSection {

    private final ChallengeStore challenges;

    ChallengeSection(ChallengeStore challenges) {
        this.challenges = challenges;
    }

    @Override
    public String fragment() {
        return "challenge/challenge-section :: section";
    }

    @Override
    public void addTo(ApplicationCase app, Model model) {
        model.addAttribute("challenges", challenges.ofApplication(app.id()));
        model.addAttribute("challengeForm", ChallengeForm.blank());
        model.addAttribute("challengeKinds", ChallengeKind.values());
        model.addAttribute("challengeResults", ChallengeResult.values());
    }
}
