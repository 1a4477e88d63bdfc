package org.gongkai.transparency;

import org.gongkai.document.AttachmentInfo;
import org.gongkai.document.PublishedDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The canonical form of a published edition, built only from what its public page (and its JSON-LD) shows, so
 * anyone holding a saved page can recompute it. It is one line of JSON in UTF-8 with the members in exactly this
 * order. Format 2 (written since ADR 0020):
 * <pre>
 * {"format":"gongkai-edition/2","indexNumber":…,"title":…,"documentNumber":…,"issuer":…,"writtenDate":…,
 *  "publishDate":…,"theme":…,"opennessClass":…,"validity":…,"kind":…,"repealedOn":…,"replacedBy":…,
 *  "keywords":…,"summary":…,"body":…,"attachments":[…],"attachmentNames":[…]}
 * </pre>
 * Format 1 (leaves of version 1) has only format … keywords, body and attachments, in that order.
 * Rules: no white space between tokens; a missing or blank text is {@code null}, other texts have surrounding
 * white space removed; dates are {@code yyyy-MM-dd} (publishDate is the 发布日期 the page shows, repealedOn the
 * 废止日期); openness class, validity and kind (文件类型) are their codes (e.g. {@code RESULT}, {@code VALID},
 * {@code NORMATIVE}); replacedBy is the replacing document's id in decimal; summary is the abstract the JSON-LD
 * shows; body is the body's text with one paragraph per line — each line stripped, empty lines dropped, joined by
 * a line feed; attachments are the files' SHA-256 in lower-case hex and attachmentNames their file names, both in
 * the order the page lists them. In strings only {@code "} and {@code \} are escaped with a backslash, a line
 * feed is written {@code \n}, other characters below U+0020 as a backslash, "u" and four lower-case hex digits;
 * everything else is written as itself. The content hash is SHA-256 of these bytes.
 *
 * @param version 1 or 2: which format this is (the leaf that holds its hash records the same number)
 */
record CanonicalEdition(int version, String indexNumber, String title, String documentNumber, String issuer,
                               LocalDate writtenDate, LocalDate publishDate, String theme, String opennessClass,
                               String validity, String keywords, String body, List<String> attachments,
                               String kind, LocalDate repealedOn, String replacedBy, String summary,
                               List<String> attachmentNames) {

    /** The format new leaves use. */
    public static final int CURRENT_VERSION = 2;
    public static final String FORMAT = "gongkai-edition/" + CURRENT_VERSION;
    private static final String FORMAT_PREFIX = "gongkai-edition/";

    /** A format-1 edition (as logged before ADR 0020). */
    public CanonicalEdition(String indexNumber, String title, String documentNumber, String issuer,
                            LocalDate writtenDate, LocalDate publishDate, String theme, String opennessClass,
                            String validity, String keywords, String body, List<String> attachments) {
        this(1, indexNumber, title, documentNumber, issuer, writtenDate, publishDate, theme, opennessClass, validity,
                keywords, body, attachments, null, null, null, null, null);
    }

    public CanonicalEdition {
        if (version < 1 || version > CURRENT_VERSION) {
            throw new IllegalArgumentException("unknown edition format " + FORMAT_PREFIX + version);
        }
        indexNumber = text(indexNumber);
        title = text(title);
        documentNumber = text(documentNumber);
        issuer = text(issuer);
        theme = text(theme);
        opennessClass = text(opennessClass);
        validity = text(validity);
        keywords = text(keywords);
        body = body(body);
        List<String> files = new ArrayList<>();
        for (String a : attachments == null ? List.<String>of() : attachments) {
            String hex = a == null ? "" : a.strip().toLowerCase(Locale.ROOT);
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("attachment hash is not 64 hex digits: " + a);
            }
            files.add(hex);
        }
        attachments = List.copyOf(files);
        if (version == 1) {
            kind = null;
            repealedOn = null;
            replacedBy = null;
            summary = null;
            attachmentNames = List.of();
        } else {
            kind = text(kind);
            replacedBy = text(replacedBy);
            summary = text(summary);
            List<String> names = new ArrayList<>();
            for (String n : attachmentNames == null ? List.<String>of() : attachmentNames) {
                names.add(n == null ? "" : n.strip());
            }
            attachmentNames = List.copyOf(names);
        }
    }

    /** The edition in the current format. */
    public static CanonicalEdition of(PublishedDocument d) {
        return of(d, CURRENT_VERSION);
    }

    /** The edition in the given format (a leaf's version), so old leaves are checked against what they hashed. */
    public static CanonicalEdition of(PublishedDocument d, int version) {
        return new CanonicalEdition(version, d.indexNumber(), d.title(), d.documentNumber(), d.issuer(),
                d.writtenDate(), d.shownPublishDate(), d.theme(), d.opennessClass(),
                d.validity() == null ? null : d.validity().name(), d.keywords(), d.bodyText(),
                d.attachments().stream().map(AttachmentInfo::sha256).toList(),
                d.kind() == null ? null : d.kind().name(), d.repealedOn(),
                d.replacedByDocumentId() == null ? null : d.replacedByDocumentId().toString(), d.summary(),
                d.attachments().stream().map(AttachmentInfo::fileName).toList());
    }

    /**
     * Reads the members from any JSON object holding them (order, spacing and escaping do not matter); the
     * {@code format} member (or the API's {@code version}) chooses the version, format 1 when both are absent.
     */
    public static CanonicalEdition fromJson(JsonNode o) {
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("edition must be a JSON object");
        }
        int version = 1;
        if (o.has("format")) {
            String f = o.get("format").asString();
            if (!f.startsWith(FORMAT_PREFIX) || !f.substring(FORMAT_PREFIX.length()).matches("[12]")) {
                throw new IllegalArgumentException("unknown edition format " + f);
            }
            version = Integer.parseInt(f.substring(FORMAT_PREFIX.length()));
        } else if (o.has("version") && o.get("version").isNumber()) {
            version = o.get("version").asInt(); // the record as the API writes it
        }
        return new CanonicalEdition(version, str(o, "indexNumber"), str(o, "title"), str(o, "documentNumber"),
                str(o, "issuer"), date(o, "writtenDate"), date(o, "publishDate"), str(o, "theme"),
                str(o, "opennessClass"), str(o, "validity"), str(o, "keywords"), str(o, "body"),
                strings(o, "attachments"), str(o, "kind"), date(o, "repealedOn"), str(o, "replacedBy"),
                str(o, "summary"), strings(o, "attachmentNames"));
    }

    public static CanonicalEdition fromJson(String json) {
        return fromJson(JsonMapper.builder().build().readTree(json));
    }

    public String format() {
        return FORMAT_PREFIX + version;
    }

    public String toJson() {
        StringBuilder s = new StringBuilder("{");
        member(s, "format", format());
        member(s, "indexNumber", indexNumber);
        member(s, "title", title);
        member(s, "documentNumber", documentNumber);
        member(s, "issuer", issuer);
        member(s, "writtenDate", writtenDate == null ? null : writtenDate.toString());
        member(s, "publishDate", publishDate == null ? null : publishDate.toString());
        member(s, "theme", theme);
        member(s, "opennessClass", opennessClass);
        member(s, "validity", validity);
        if (version >= 2) {
            member(s, "kind", kind);
            member(s, "repealedOn", repealedOn == null ? null : repealedOn.toString());
            member(s, "replacedBy", replacedBy);
        }
        member(s, "keywords", keywords);
        if (version >= 2) {
            member(s, "summary", summary);
        }
        member(s, "body", body);
        array(s, "attachments", attachments);
        if (version >= 2) {
            array(s, "attachmentNames", attachmentNames);
        }
        return s.append("}").toString();
    }

    public byte[] canonicalBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] sha256() {
        return MerkleHash.sha256().digest(canonicalBytes());
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256());
    }

    private static void array(StringBuilder s, String name, List<String> values) {
        s.append(',');
        string(s, name);
        s.append(":[");
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ",");
            string(s, values.get(i));
        }
        s.append(']');
    }

    private static void member(StringBuilder s, String name, String value) {
        if (s.length() > 1) {
            s.append(',');
        }
        string(s, name);
        s.append(':');
        if (value == null) {
            s.append("null");
        } else {
            string(s, value);
        }
    }

    private static void string(StringBuilder s, String v) {
        s.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        s.append('"');
    }

    private static String text(String v) {
        if (v == null) {
            return null;
        }
        String t = v.strip();
        return t.isEmpty() ? null : t;
    }

    private static String body(String v) {
        if (v == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String line : v.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(t);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String str(JsonNode o, String name) {
        JsonNode n = o.get(name);
        return n == null || n.isNull() ? null : n.asString();
    }

    private static List<String> strings(JsonNode o, String name) {
        List<String> out = new ArrayList<>();
        JsonNode a = o.get(name);
        if (a != null && a.isArray()) {
            a.values().forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    private static LocalDate date(JsonNode o, String name) {
        String v = str(o, name);
        return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
    }
}
