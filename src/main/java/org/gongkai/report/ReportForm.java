package org.gongkai.report;

import org.gongkai.platform.web.FieldErrors;

import java.math.BigDecimal;

/** The report form as typed, every field a string so what does not parse comes back with a message. */
record ReportForm(String overview, String problems, String otherMatters, String licences, String penalties,
                  String enforcement, String fees, String catalogNodeId, String lockVersion) {

    static final long MAX_COUNT = 999_999_999L;
    static final BigDecimal MAX_FEES = new BigDecimal("9999999999.9999");

    static ReportForm of(AnnualReport r) {
        EnteredFigures e = r.entered();
        return new ReportForm(r.narratives().overview(), r.narratives().problems(), r.narratives().otherMatters(),
                Long.toString(e.licences()), Long.toString(e.penalties()), Long.toString(e.enforcement()),
                ReportLayout.money(e.feesTenThousandYuan()), r.catalogNodeId() == null ? "" : r.catalogNodeId().toString(),
                Integer.toString(r.lockVersion()));
    }

    Narratives narratives(FieldErrors e) {
        return new Narratives(text(overview, "overview", e), text(problems, "problems", e),
                text(otherMatters, "otherMatters", e));
    }

    EnteredFigures entered(FieldErrors e) {
        return new EnteredFigures(count(licences, "licences", e), count(penalties, "penalties", e),
                count(enforcement, "enforcement", e), fees(e));
    }

    Long catalogNode(FieldErrors e) {
        if (catalogNodeId == null || catalogNodeId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(catalogNodeId.strip());
        } catch (NumberFormatException ex) {
            e.reject("catalogNodeId", "report.catalogNode.invalid");
            return null;
        }
    }

    int version() {
        try {
            return Integer.parseInt(lockVersion == null ? "" : lockVersion.strip());
        } catch (NumberFormatException ex) {
            throw org.gongkai.platform.web.InvalidInputException.of("lockVersion", "report.version.invalid");
        }
    }

    private static String text(String s, String field, FieldErrors e) {
        String t = s == null ? "" : s.replace("\r\n", "\n").strip();
        e.require(t.length() <= Narratives.MAX_LENGTH, field, "report.text.tooLong");
        return t;
    }

    private static long count(String s, String field, FieldErrors e) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            return 0;
        }
        if (!t.matches("\\d{1,9}")) {
            e.reject(field, "report.count.invalid");
            return 0;
        }
        return Long.parseLong(t);
    }

    private BigDecimal fees(FieldErrors e) {
        String t = fees == null ? "" : fees.strip();
        if (t.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (!t.matches("\\d{1,10}(\\.\\d{1,4})?")) {
            e.reject("fees", "report.fees.invalid");
            return BigDecimal.ZERO;
        }
        return new BigDecimal(t);
    }
}
