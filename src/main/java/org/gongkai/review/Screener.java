package org.gongkai.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Screens a text for personal data, secret markings and negative-list terms. Pure Java and thread-safe: every
 * pattern is compiled once; each family of patterns makes one pass over the text. Full-width digits and letters are
 * folded before matching; offsets and matched text refer to the input as given.
 */
public final class Screener {

    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed())
            .thenComparing(Finding::kind);

    private Screener() {
    }

    public static List<Finding> screen(String text) {
        return screen(text, List.of());
    }

    /** The findings in order of position (an outer finding before those inside it). */
    public static List<Finding> screen(String text, List<NegativeTerm> terms) {
        return screen(text, terms, LocalDate.now(org.gongkai.platform.Zones.CHINA));
    }

    static List<Finding> screen(String text, List<NegativeTerm> terms, LocalDate today) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ScanText t = ScanText.of(text);
        List<Finding> out = new ArrayList<>();
        for (Detector d : detectors(today)) {
            d.detect(t, out);
        }
        NegativeTermDetector.detect(t, terms == null ? List.of() : terms, out);
        PersonListDetector.detect(t, out);
        out.sort(ORDER);
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static List<Detector> detectors(LocalDate today) {
        return List.of(new ResidentIdDetector(today), new PhoneDetector(), new BankCardDetector(today),
                new EmailDetector(), new TravelDocumentDetector(), new SecretMarkingDetector());
    }
}
