package org.gongkai.inspection;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Figures another module offers the site self-inspection page for the organisation to check itself by (such as open
 * data's datasets kept up to date and data requests answered in time). They are not indicators of
 * 国办秘函〔2019〕19号 and never fail a site; the page lists them below the checks. A module answers by declaring a
 * bean that implements this interface.
 */
public interface InspectionFigures {

    /** A figure in words; {@code attention} marks one the organisation should act on (shown as such, not as a veto). */
    record Figure(String label, String value, boolean attention) {
    }

    /** @param path a page with the details, or null */
    record Section(String heading, List<Figure> figures, String path) {
    }

    /** The organisation's figures as of today, in the locale; empty when there is nothing to show. */
    Optional<Section> figures(long organisationId, Locale locale);
}
