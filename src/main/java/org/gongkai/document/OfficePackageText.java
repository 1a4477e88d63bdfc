package org.gongkai.document;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Every trace of text in an Office Open XML package (DOCX, XLSX), part by part, whatever the part means: tracked
 * deletions, hidden text, text boxes, field codes, document variables, core/app/custom properties, every shared string
 * (used or not), sheet names, defined names, formulas, comments, pivot caches, alt texts. It is the screening's safety
 * net beside the structured text ({@link DocxText}, {@link SpreadsheetText}), which says where a value is in terms a
 * reviewer knows. Text nodes of one run or rich-text string are joined; elsewhere each element holding text ends with
 * a separator, so values in neighbouring elements never run together. Binary parts are not read: embedded objects and
 * pictures are reported as not screened.
 */
final class OfficePackageText {

    /** Elements whose text continues the text around them (runs, run text, tracked changes, fields, bookmarks). */
    private static final Set<String> INLINE = Set.of("r", "t", "delText", "instrText", "ins", "del", "moveFrom",
            "moveTo", "smartTag", "hyperlink", "fldSimple", "proofErr", "bookmarkStart", "bookmarkEnd", "fldChar",
            "commentRangeStart", "commentRangeEnd", "commentReference", "lastRenderedPageBreak", "softHyphen",
            "noBreakHyphen", "customXml", "dir", "bdo", "rPr", "permStart", "permEnd", "sym", "tab", "br", "cr");
    private static final Set<String> RUN_TEXT = Set.of("t", "delText", "instrText");
    /** Elements that end a line of text: paragraphs, table rows, shared strings, spreadsheet rows. */
    private static final Set<String> LINE = Set.of("p", "tr", "si", "row", "comment", "definedName", "property");
    /** Attributes that carry text a person wrote (not layout): names, field instructions, alt texts, cached values. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("name", "instr", "descr", "title", "tooltip", "alias",
            "tag", "displayName", "v", "caption", "uniqueName", "Target", "text", "prompt", "promptTitle", "error",
            "errorTitle", "author");
    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final int MAX_CHARS = 20_000_000;

    /** What a sweep found: the text by part, and the parts it could not read (embedded objects, pictures). */
    record Sweep(TextWithSpans text, List<ScreeningText.Unscreened> unscreened) {
    }

    private OfficePackageText() {
    }

    static Sweep sweep(Path file) throws IOException {
        TextWithSpans out = new TextWithSpans();
        List<ScreeningText.Unscreened> unscreened = new ArrayList<>();
        XMLInputFactory factory = safeFactory();
        int chars = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml")) {
                    if (e.getSize() > MAX_PART_BYTES) {
                        unscreened.add(new ScreeningText.Unscreened("part:" + name, "part too large"));
                        continue;
                    }
                    String text;
                    try (InputStream in = zip.getInputStream(e)) {
                        text = xmlText(factory, in, name);
                    }
                    chars += text.length();
                    if (chars > MAX_CHARS) {
                        unscreened.add(new ScreeningText.Unscreened("part:" + name, "text too long"));
                        continue;
                    }
                    out.add(text, "part:" + name);
                    out.newLine();
                } else if (lower.contains("printersettings") || lower.endsWith(".odttf") || lower.endsWith(".fntdata")) {
                    continue; // printer setup and embedded fonts hold no text anyone wrote
                } else if (lower.contains("/media/") || lower.startsWith("docprops/thumbnail") || isPicture(lower)) {
                    unscreened.add(new ScreeningText.Unscreened("image:" + name, "picture"));
                } else {
                    unscreened.add(new ScreeningText.Unscreened("embedded:" + name, "embedded object"));
                }
            }
        }
        return new Sweep(out, unscreened);
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** The text nodes and text-bearing attributes of one XML document, separated as the class comment says. */
    static String xmlText(XMLInputFactory factory, InputStream in, String name) throws IOException {
        StringBuilder b = new StringBuilder();
        Deque<Integer> starts = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    switch (r.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            starts.push(b.length());
                            names.push(r.getLocalName());
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                if (TEXT_ATTRIBUTES.contains(r.getAttributeLocalName(i)) || "docVar".equals(r.getLocalName())) {
                                    String v = r.getAttributeValue(i);
                                    if (v != null && !v.isBlank()) {
                                        separate(b, '\t');
                                        b.append(v);
                                        separate(b, '\t');
                                    }
                                }
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            // whitespace counts inside run text (a space between words), not as indentation
                            if (!r.isWhiteSpace() || names.peek() != null && RUN_TEXT.contains(names.peek())) {
                                b.append(r.getText().replace('\n', ' ').replace('\t', ' '));
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            int start = starts.isEmpty() ? 0 : starts.pop();
                            names.poll();
                            String local = r.getLocalName();
                            if (b.length() > start && !INLINE.contains(local)) {
                                separate(b, LINE.contains(local) ? '\n' : '\t');
                            }
                        }
                        default -> {
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException x) {
            throw new IOException("unreadable XML in " + name + ": " + x.getMessage(), x);
        }
        return b.toString();
    }

    private static boolean isPicture(String lower) {
        for (String ext : List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg")) {
            if (lower.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    private static void separate(StringBuilder b, char sep) {
        if (b.isEmpty()) {
            return;
        }
        char last = b.charAt(b.length() - 1);
        if (last == '\n') {
            return;
        }
        if (last == '\t' && sep == '\n') {
            b.setLength(b.length() - 1);
        }
        if (b.charAt(b.length() - 1) != sep) {
            b.append(sep);
        }
    }
}
