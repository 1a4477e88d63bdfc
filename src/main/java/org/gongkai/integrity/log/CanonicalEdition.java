package org.gongkai.integrity.log;

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
 * The canonical form of a published edition, built only from what its public page shows, so anyone holding a
 * saved page can recompute it. It is one line of JSON in UTF-8 with the members in exactly this order:
 * <pre>
 * {"format":"gongkai-edition/1","indexNumber":…,"title":…,"documentNumber":…,"issuer":…,"writtenDate":…,
 *  "publishDate":…,"theme":…,"opennessClass":…,"validity":…,"keywords":…,"body":…,"attachments":[…]}
 * </pre>
 * Rules: no white space between tokens; a missing or blank text is {@code null}, other texts have surrounding
 * white space removed; dates are {@code yyyy-MM-dd} (publishDate is the 发布日期 the page shows); openness class and
 * validity are their codes (e.g. {@code RESULT}, {@code VALID}); body is the body's text with one paragraph per
 * line — each line stripped, empty lines dropped, joined by a line feed; attachments are the files' SHA-256 in
 * lower-case hex, in the order the page lists them. In strings only {@code "} and {@code \} are escaped with a
 * backslash, a line feed is written {@code \n}, other characters below U+0020 as a backslash, "u" and four lower-case hex digits;
 * everything else is written as itself. The content hash is SHA-256 of these bytes.
 */
public record CanonicalEdition(String indexNumber, String title, String documentNumber, String issuer,
                               LocalDate writtenDate, LocalDate publishDate, String theme, String opennessClass,
                               String validity, String keywords, String body, List<String> attachments) {

    public static final String FORMAT = "gongkai-edition/1";

    public CanonicalEdition {
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
    }

    public static CanonicalEdition of(PublishedDocument d) {
        return new CanonicalEdition(d.indexNumber(), d.title(), d.documentNumber(), d.issuer(), d.writtenDate(),
                d.shownPublishDate(), d.theme(), d.opennessClass(), d.validity() == null ? null : d.validity().name(),
                d.keywords(), d.bodyText(), d.attachments().stream().map(AttachmentInfo::sha256).toList());
    }

    /** Reads the members from any JSON object holding them (order, spacing and escaping do not matter). */
    public static CanonicalEdition fromJson(JsonNode o) {
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("edition must be a JSON object");
        }
        if (o.has("format") && !FORMAT.equals(o.get("format").asString())) {
            throw new IllegalArgumentException("unknown edition format " + o.get("format").asString());
        }
        List<String> files = new ArrayList<>();
        JsonNode a = o.get("attachments");
        if (a != null && a.isArray()) {
            a.values().forEach(n -> files.add(n.asString()));
        }
        return new CanonicalEdition(str(o, "indexNumber"), str(o, "title"), str(o, "documentNumber"),
                str(o, "issuer"), date(o, "writtenDate"), date(o, "publishDate"), str(o, "theme"),
                str(o, "opennessClass"), str(o, "validity"), str(o, "keywords"), str(o, "body"), files);
    }

    public static CanonicalEdition fromJson(String json) {
        return fromJson(JsonMapper.builder().build().readTree(json));
    }

    public String toJson() {
        StringBuilder s = new StringBuilder("{");
        member(s, "format", FORMAT);
        member(s, "indexNumber", indexNumber);
        member(s, "title", title);
        member(s, "documentNumber", documentNumber);
        member(s, "issuer", issuer);
        member(s, "writtenDate", writtenDate == null ? null : writtenDate.toString());
        member(s, "publishDate", publishDate == null ? null : publishDate.toString());
        member(s, "theme", theme);
        member(s, "opennessClass", opennessClass);
        member(s, "validity", validity);
        member(s, "keywords", keywords);
        member(s, "body", body);
        s.append(",\"attachments\":[");
        for (int i = 0; i < attachments.size(); i++) {
            s.append(i == 0 ? "" : ",");
            string(s, attachments.get(i));
        }
        return s.append("]}").toString();
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

    private static LocalDate date(JsonNode o, String name) {
        String v = str(o, name);
        return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
    }
}
