package org.gongkai.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The copy of an attachment the public may download. DOCX: tracked changes accepted (deletions dropped, insertions
 * kept), hidden text, comments, document variables and the core/app/custom properties taken out. XLSX: comments and
 * properties taken out, shared strings no cell uses dropped (the others renumbered). PDF: the information dictionary,
 * XMP metadata, every annotation but links (notes, file attachments, form widgets), the form and embedded files taken
 * out.
 * Other kinds are published as they are. The original stays for staff.
 */
final class PublicCopy {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static final Set<String> WORD_STORIES = Set.of("word/document.xml", "word/footnotes.xml", "word/endnotes.xml");
    private static final Set<String> EMPTIED = Set.of("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml",
            "word/comments.xml", "word/commentsExtended.xml", "word/commentsIds.xml", "word/commentsExtensible.xml",
            "word/people.xml");
    private static final Set<String> TRACKING = Set.of("rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
            "tblPrExChange", "tcPrChange", "trPrChange", "tblGridChange", "numberingChange", "commentRangeStart",
            "commentRangeEnd", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
            "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlInsRangeStart", "customXmlInsRangeEnd");

    private static final long MAX_INFLATED = 256L * 1024 * 1024;

    private PublicCopy() {
    }

    /** The sanitised bytes, or null when the kind is published as it is. */
    static byte[] of(AttachmentKind kind, Path file) throws IOException {
        return switch (kind) {
            case DOCX -> ooxml(Files.readAllBytes(file), true);
            case XLSX -> ooxml(Files.readAllBytes(file), false);
            case PDF -> pdf(file);
            default -> null;
        };
    }

    static byte[] ooxml(byte[] zip, boolean word) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            long total = 0;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    // a file whose parts inflate beyond reason (a zip bomb a reviewer let through) is not rewritten
                    byte[] part = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INFLATED - total + 1));
                    total += part.length;
                    if (total > MAX_INFLATED) {
                        throw new IOException("the package inflates to more than " + MAX_INFLATED + " bytes");
                    }
                    parts.put(e.getName(), part);
                }
            }
        }
        try {
            DocumentBuilder builder = builder();
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                String name = p.getKey();
                if (EMPTIED.contains(name) || name.matches("xl/comments[0-9]*\\.xml")
                        || name.startsWith("xl/threadedComments/") || name.startsWith("xl/persons/")) {
                    p.setValue(write(emptied(builder.parse(new ByteArrayInputStream(p.getValue())), name)));
                } else if (word && (WORD_STORIES.contains(name) || name.matches("word/(header|footer)[0-9]*\\.xml"))) {
                    Document d = builder.parse(new ByteArrayInputStream(p.getValue()));
                    acceptChanges(d);
                    p.setValue(write(d));
                } else if (word && name.equals("word/settings.xml")) {
                    Document d = builder.parse(new ByteArrayInputStream(p.getValue()));
                    removeAll(d, W, "docVars");
                    removeAll(d, W, "attachedTemplate");
                    removeAll(d, W, "rsids");
                    p.setValue(write(d));
                }
            }
            if (!word && parts.containsKey("xl/sharedStrings.xml")) {
                dropUnusedStrings(parts, builder);
            }
        } catch (org.xml.sax.SAXException | ParserConfigurationException | TransformerException x) {
            throw new IOException("cannot make the public copy: " + x.getMessage(), x);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The part with its root kept and everything inside it gone (an empty property set, an empty comment list). */
    private static Document emptied(Document d, String name) {
        Element root = d.getDocumentElement();
        if (name.startsWith("xl/comments")) {
            // <comments><authors/><commentList/></comments>: both must stay, empty
            for (Element child : children(root)) {
                for (Node n : nodes(child.getChildNodes())) {
                    child.removeChild(n);
                }
            }
            return d;
        }
        for (Node n : nodes(root.getChildNodes())) {
            root.removeChild(n);
        }
        return d;
    }

    /**
     * Accepts every tracked change: deleted runs, moved-away text and deleted rows go; inserted and moved-in content
     * stays without its wrapper; the record of formatting changes goes. Hidden (vanish) runs and comment marks go too.
     */
    static void acceptChanges(Document d) {
        for (Element tr : elements(d, W, "tr")) {
            Element trPr = child(tr, "trPr");
            if (trPr != null && hasChild(trPr, "del")) {
                tr.getParentNode().removeChild(tr);
            }
        }
        removeAll(d, W, "del");
        removeAll(d, W, "moveFrom");
        for (String name : TRACKING) {
            removeAll(d, W, name);
        }
        unwrapAll(d, W, "ins");
        unwrapAll(d, W, "moveTo");
        for (Element r : elements(d, W, "r")) {
            if (hasChild(r, "commentReference") || hidden(r)) {
                r.getParentNode().removeChild(r);
            }
        }
    }

    /** A run formatted as hidden text (w:vanish without w:val="false"/"0"). */
    private static boolean hidden(Element r) {
        Element rPr = child(r, "rPr");
        Element vanish = rPr == null ? null : child(rPr, "vanish");
        if (vanish == null) {
            return false;
        }
        String val = vanish.getAttributeNS(W, "val");
        return !("false".equals(val) || "0".equals(val) || "off".equals(val));
    }

    /** Keeps only the shared strings a cell uses and renumbers the cells that point to them. */
    private static void dropUnusedStrings(Map<String, byte[]> parts, DocumentBuilder builder)
            throws IOException, org.xml.sax.SAXException, TransformerException {
        Map<String, Document> sheets = new HashMap<>();
        Set<Integer> used = new TreeSet<>();
        for (String name : parts.keySet()) {
            if (name.matches("xl/worksheets/[^/]+\\.xml")) {
                Document d = builder.parse(new ByteArrayInputStream(parts.get(name)));
                sheets.put(name, d);
                for (Element c : elements(d, S, "c")) {
                    Element v = child(c, "v");
                    if ("s".equals(c.getAttribute("t")) && v != null) {
                        used.add(Integer.parseInt(v.getTextContent().strip()));
                    }
                }
            }
        }
        Document sst = builder.parse(new ByteArrayInputStream(parts.get("xl/sharedStrings.xml")));
        Element root = sst.getDocumentElement();
        List<Element> items = children(root).stream().filter(e -> "si".equals(e.getLocalName())).toList();
        Map<Integer, Integer> renumbered = new HashMap<>();
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            if (used.contains(i)) {
                renumbered.put(i, next++);
            } else {
                root.removeChild(items.get(i));
            }
        }
        root.setAttribute("uniqueCount", String.valueOf(next));
        root.removeAttribute("count");
        parts.put("xl/sharedStrings.xml", write(sst));
        for (Map.Entry<String, Document> s : sheets.entrySet()) {
            for (Element c : elements(s.getValue(), S, "c")) {
                Element v = child(c, "v");
                if ("s".equals(c.getAttribute("t")) && v != null) {
                    Integer to = renumbered.get(Integer.parseInt(v.getTextContent().strip()));
                    v.setTextContent(String.valueOf(to == null ? 0 : to));
                }
            }
            parts.put(s.getKey(), write(s.getValue()));
        }
    }

    static byte[] pdf(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return clean(pdf);
        }
    }

    static byte[] pdf(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return clean(pdf);
        }
    }

    private static byte[] clean(PDDocument pdf) throws IOException {
        pdf.setAllSecurityToBeRemoved(true);
        pdf.setDocumentInformation(new PDDocumentInformation());
        var catalog = pdf.getDocumentCatalog();
        catalog.setMetadata(null);
        // a form's fields hold values a reader does not see (and a widget is its field): the copy has no form
        catalog.setAcroForm(null);
        catalog.getCOSObject().removeItem(COSName.PIECE_INFO);
        if (catalog.getNames() != null) {
            catalog.getNames().setEmbeddedFiles(null);
        }
        for (PDPage page : pdf.getPages()) {
            page.setMetadata(null);
            page.getCOSObject().removeItem(COSName.PIECE_INFO);
            List<PDAnnotation> kept = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink) {
                    kept.add(a);
                }
            }
            page.setAnnotations(kept);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }

    private static byte[] write(Document d) throws TransformerException {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.STANDALONE, "yes");
        d.setXmlStandalone(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(d), new StreamResult(out));
        return out.toByteArray();
    }

    private static List<Element> elements(Document d, String ns, String local) {
        List<Element> out = new ArrayList<>();
        NodeList list = d.getElementsByTagNameNS(ns, local);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static void removeAll(Document d, String ns, String local) {
        for (Element e : elements(d, ns, local)) {
            if (e.getParentNode() != null) {
                e.getParentNode().removeChild(e);
            }
        }
    }

    private static void unwrapAll(Document d, String ns, String local) {
        for (Element e : elements(d, ns, local)) {
            Node parent = e.getParentNode();
            if (parent == null) {
                continue;
            }
            // an insertion mark inside run or paragraph properties only records the change: drop it
            String parentName = parent.getLocalName();
            if ("rPr".equals(parentName) || "pPr".equals(parentName) || "trPr".equals(parentName)) {
                parent.removeChild(e);
                continue;
            }
            while (e.getFirstChild() != null) {
                parent.insertBefore(e.getFirstChild(), e);
            }
            parent.removeChild(e);
        }
    }

    private static List<Node> nodes(NodeList list) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n : nodes(e.getChildNodes())) {
            if (n instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }

    private static Element child(Element e, String local) {
        for (Element c : children(e)) {
            if (local.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    private static boolean hasChild(Element e, String local) {
        return child(e, local) != null;
    }
}
