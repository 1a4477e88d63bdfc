package org.gongkai.review;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passports (E + 8 digits, E + letter + 7 digits, G + 8 digits; P/S/D + 7 digits only under a 护照 label),
 * permits for Hong Kong and Macau (C/W + 8 digits, C + letter + 7 digits; home-return permits H/M + 8 or 10 digits)
 * and Taiwan compatriot permits (8 digits, or 10 with a letter in brackets, only right after their label).
 */
final class TravelDocumentDetector implements Detector {

    private static final String L = "[A-HJ-NP-Z]";
    private static final Pattern DOCUMENT = Pattern.compile("(?<![0-9A-Za-z])(?:"
            + "(?<passport>E[0-9]{8}|E" + L + "[0-9]{7}|G[0-9]{8}|[PSD][0-9]{7})"
            + "|(?<hkmo>C[0-9]{8}|C" + L + "[0-9]{7}|W[0-9]{8}|[HM][0-9]{8}(?:[0-9]{2})?))(?![0-9A-Za-z])");
    private static final Pattern TAIWAN_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[0-9]{8}(?:[0-9]{2}\\([A-Z]\\))?(?![0-9A-Za-z])");
    private static final List<String> PASSPORT_LABELS = List.of("护照");
    private static final List<String> HKMO_LABELS = List.of("通行证", "回乡证", "港澳");
    private static final List<String> TAIWAN_LABELS = List.of("台胞证", "台湾居民来往大陆通行证", "台湾通行证");

    @Override
    public void detect(ScanText t, List<Finding> out) {
        t.eachTokenMatch(DOCUMENT, s -> "EGPSDCWHM".indexOf(t.text.charAt(s)) >= 0, m -> {
            if (m.group("passport") != null) {
                boolean labelled = Labels.anyBefore(t, m.start(), 16, PASSPORT_LABELS);
                if (labelled || m.group().length() == 9) {
                    out.add(t.finding(FindingKind.PASSPORT, m.start(), m.end(), labelled ? 0.95 : 0.7));
                }
            } else {
                boolean labelled = Labels.anyBefore(t, m.start(), 16, HKMO_LABELS);
                boolean homeReturn = m.group().charAt(0) == 'H' || m.group().charAt(0) == 'M';
                out.add(t.finding(FindingKind.HK_MACAU_PERMIT, m.start(), m.end(), labelled ? 0.95 : homeReturn ? 0.6 : 0.7));
            }
        });
        for (String label : TAIWAN_LABELS) {
            int from = 0;
            int at;
            while ((at = t.text.indexOf(label, from)) >= 0) {
                int after = at + label.length();
                Matcher n = TAIWAN_NUMBER.matcher(t.text).region(after, Math.min(t.length(), after + 20));
                n.useTransparentBounds(true);
                if (n.find() && out.stream().noneMatch(f -> f.start() == n.start() && f.kind() == FindingKind.TAIWAN_PERMIT)) {
                    out.add(t.finding(FindingKind.TAIWAN_PERMIT, n.start(), n.end(), 0.9));
                }
                from = after;
            }
        }
    }
}
