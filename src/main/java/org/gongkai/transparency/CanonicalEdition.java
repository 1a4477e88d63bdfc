package org.gongkai.transparency;

import com.fasterxml.jackson.annotation.JsonValue;
import org.gongkai.document.AttachmentInfo;
import org.gongkai.document.DocumentField;
import org.gongkai.document.DocumentFields;
import org.gongkai.document.PublishedDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
 * <p>The metadata members (title … summary) are the {@link DocumentField}s of {@link DocumentFields#canonical}, in
 * that order; each format is frozen: a field added to the canonical form needs format 3 (ADR 0021).
 *
 * @param version 1 or 2: which format this is (the leaf that holds its hash records the same number)
 * @param members the metadata members this format holds, each as canonical text (null when missing)
 */
record CanonicalEdition(int version, String indexNumber, Map<DocumentField, String> members, String body,
                        List<String> attachments, List<String> attachmentNames) {

    /** The format new leaves use. */
    public static final int CURRENT_VERSION = 2;
    public static final String FORMAT = "gongkai-edition/" + CURRENT_VERSION;
    private static final String FORMAT_PREFIX = "gongkai-edition/";

    /** A format-1 edition (as logged before ADR 0020), member by member. */
    public CanonicalEdition(String indexNumber, String title, String documentNumber, String issuer,
                            LocalDate writtenDate, LocalDate publishDate, String theme, String opennessClass,
                            String validity, String keywords, String body, List<String> attachments) {
        this(1, indexNumber, title, documentNumber, issuer, writtenDate, publishDate, theme, opennessClass, validity,
                keywords, body, attachments, null, null, null, null, null);
    }

    /** An edition in format 1 or 2, member by member (the members both formats know). */
    public CanonicalEdition(int version, String indexNumber, String title, String documentNumber, String issuer,
                            LocalDate writtenDate, LocalDate publishDate, String theme, String opennessClass,
                            String validity, String keywords, String body, List<String> attachments,
                            String kind, LocalDate repealedOn, String replacedBy, String summary,
                            List<String> attachmentNames) {
        this(version, indexNumber, formatTwo(title, documentNumber, issuer, writtenDate, publishDate, theme,
                opennessClass, validity, keywords, kind, repealedOn, replacedBy, summary), body, attachments,
                attachmentNames);
    }

    public CanonicalEdition {
        if (version < 1 || version > CURRENT_VERSION) {
            throw new IllegalArgumentException("unknown edition format " + FORMAT_PREFIX + version);
        }
        indexNumber = text(indexNumber);
        Map<DocumentField, String> held = new LinkedHashMap<>();
        for (DocumentField f : DocumentFields.canonical(version)) {
            held.put(f, member(f, members == null ? null : members.get(f)));
        }
        members = Collections.unmodifiableMap(held);
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
        List<String> names = new ArrayList<>();
        if (version >= 2) {
            for (String n : attachmentNames == null ? List.<String>of() : attachmentNames) {
                names.add(n == null ? "" : n.strip());
            }
        }
        attachmentNames = List.copyOf(names);
    }

    /** The edition in the current format. */
    public static CanonicalEdition of(PublishedDocument d) {
        return of(d, CURRENT_VERSION);
    }

    /** The edition in the given format (a leaf's version), so old leaves are checked against what they hashed. */
    public static CanonicalEdition of(PublishedDocument d, int version) {
        Map<DocumentField, String> members = new EnumMap<>(DocumentField.class);
        for (DocumentField f : DocumentFields.canonical(version)) {
            members.put(f, f.publicText(d));
        }
        return new CanonicalEdition(version, d.indexNumber(), members, d.bodyText(),
                d.attachments().stream().map(AttachmentInfo::sha256).toList(),
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
            if (!f.startsWith(FORMAT_PREFIX) || !f.substring(FORMAT_PREFIX.length()).matches("[1-9][0-9]{0,2}")) {
                throw new IllegalArgumentException("unknown edition format " + f);
            }
            version = Integer.parseInt(f.substring(FORMAT_PREFIX.length()));
        } else if (o.has("version") && o.get("version").isNumber()) {
            version = o.get("version").asInt(); // the record as the API writes it
        }
        Map<DocumentField, String> members = new EnumMap<>(DocumentField.class);
        for (DocumentField f : DocumentFields.canonical(version)) {
            members.put(f, str(o, f.member()));
        }
        return new CanonicalEdition(version, str(o, "indexNumber"), members, str(o, "body"),
                strings(o, "attachments"), strings(o, "attachmentNames"));
    }

    public static CanonicalEdition fromJson(String json) {
        return fromJson(JsonMapper.builder().build().readTree(json));
    }

    public String format() {
        return FORMAT_PREFIX + version;
    }

    /** A metadata member (null when missing or when this format does not hold it). */
    public String member(DocumentField f) {
        return members.get(f);
    }

    /** The title, as the verification page shows it. */
    public String title() {
        return member(DocumentField.TITLE);
    }

    /**
     * What the API writes for this record: version, indexNumber, every member the current format knows (null where
     * this version has none), body, attachments and attachmentNames — what {@link #fromJson} reads back.
     */
    @JsonValue
    public Map<String, Object> asApiJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", version);
        out.put("indexNumber", indexNumber);
        for (DocumentField f : DocumentFields.canonical(CURRENT_VERSION)) {
            out.put(f.member(), members.get(f));
        }
        out.put("body", body);
        out.put("attachments", attachments);
        out.put("attachmentNames", attachmentNames);
        return out;
    }

    public String toJson() {
        StringBuilder s = new StringBuilder("{");
        member(s, "format", format());
        member(s, "indexNumber", indexNumber);
        for (Map.Entry<DocumentField, String> m : members.entrySet()) {
            member(s, m.getKey().member(), m.getValue());
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

    /** A member's canonical text: dates {@code yyyy-MM-dd}, other values stripped, blank as null. */
    private static String member(DocumentField f, String v) {
        String t = text(v);
        return t == null || f.type() != DocumentField.Type.DATE ? t : LocalDate.parse(t).toString();
    }

    private static Map<DocumentField, String> formatTwo(String title, String documentNumber, String issuer,
                                                        LocalDate writtenDate, LocalDate publishDate, String theme,
                                                        String opennessClass, String validity, String keywords,
                                                        String kind, LocalDate repealedOn, String replacedBy,
                                                        String summary) {
        Map<DocumentField, String> m = new EnumMap<>(DocumentField.class);
        m.put(DocumentField.TITLE, title);
        m.put(DocumentField.DOCUMENT_NUMBER, documentNumber);
        m.put(DocumentField.ISSUER, issuer);
        m.put(DocumentField.WRITTEN_DATE, writtenDate == null ? null : writtenDate.toString());
        m.put(DocumentField.PUBLISH_DATE, publishDate == null ? null : publishDate.toString());
        m.put(DocumentField.THEME, theme);
        m.put(DocumentField.OPENNESS_CLASS, opennessClass);
        m.put(DocumentField.VALIDITY, validity);
        m.put(DocumentField.KEYWORDS, keywords);
        m.put(DocumentField.KIND, kind);
        m.put(DocumentField.REPEALED_ON, repealedOn == null ? null : repealedOn.toString());
        m.put(DocumentField.REPLACED_BY, replacedBy);
        m.put(DocumentField.SUMMARY, summary);
        return m;
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
}
