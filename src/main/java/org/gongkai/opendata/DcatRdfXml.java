package org.gongkai.opendata;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The same DCAT-AP 3 metadata as RDF/XML, written (like {@link DcatTurtle}) from the very JSON-LD model
 * {@link DcatJsonLd} builds, with the JDK's StAX writer doing the XML escaping. A node with {@code @id} and
 * properties becomes an {@code rdf:Description} of its own at the top level, a node without {@code @id} a nested
 * (blank) {@code rdf:Description}, a bare {@code @id} an {@code rdf:resource}. The test parses it back with Apache
 * Jena and finds the JSON-LD's graph.
 */
final class DcatRdfXml {

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private DcatRdfXml() {
    }

    static String write(Map<String, Object> jsonLd) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("rdf", "RDF", RDF);
            w.writeNamespace("rdf", RDF);
            for (Map.Entry<String, Object> ns : DcatJsonLd.CONTEXT.entrySet()) {
                w.writeNamespace(ns.getKey(), (String) ns.getValue());
            }
            Deque<Map<?, ?>> subjects = new ArrayDeque<>();
            subjects.add(jsonLd);
            while (!subjects.isEmpty()) {
                w.writeCharacters("\n");
                description(w, subjects.poll(), subjects);
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("RDF/XML of the DCAT model", e);
        }
        return out.append('\n').toString();
    }

    private static void description(XMLStreamWriter w, Map<?, ?> node, Deque<Map<?, ?>> subjects)
            throws XMLStreamException {
        w.writeStartElement("rdf", "Description", RDF);
        if (node.get("@id") instanceof String id) {
            w.writeAttribute("rdf", RDF, "about", id);
        }
        List<?> types = node.get("@type") instanceof List<?> list ? list
                : node.get("@type") == null ? List.of() : List.of(node.get("@type"));
        for (Object type : types) {
            w.writeEmptyElement("rdf", "type", RDF);
            w.writeAttribute("rdf", RDF, "resource", expand((String) type));
        }
        for (Map.Entry<?, ?> e : node.entrySet()) {
            String key = (String) e.getKey();
            if (key.startsWith("@")) {
                continue;
            }
            List<?> values = e.getValue() instanceof List<?> list ? list : List.of(e.getValue());
            for (Object v : values) {
                property(w, key, v, subjects);
            }
        }
        w.writeEndElement();
    }

    private static void property(XMLStreamWriter w, String key, Object v, Deque<Map<?, ?>> subjects)
            throws XMLStreamException {
        int colon = key.indexOf(':');
        String prefix = key.substring(0, colon);
        String local = key.substring(colon + 1);
        String ns = (String) DcatJsonLd.CONTEXT.get(prefix);
        if (ns == null) {
            throw new IllegalArgumentException("not in the DCAT context: " + key);
        }
        if (v instanceof Map<?, ?> m && !m.containsKey("@value")) {
            if (m.get("@id") instanceof String id) {
                w.writeEmptyElement(prefix, local, ns);
                w.writeAttribute("rdf", RDF, "resource", id);
                if (m.size() > 1) {
                    subjects.add(m);
                }
            } else {
                w.writeStartElement(prefix, local, ns);
                description(w, m, subjects);
                w.writeEndElement();
            }
            return;
        }
        w.writeStartElement(prefix, local, ns);
        if (v instanceof String s) {
            w.writeCharacters(s);
        } else if (v instanceof Integer || v instanceof Long) {
            w.writeAttribute("rdf", RDF, "datatype", expand("xsd:integer"));
            w.writeCharacters(String.valueOf(v));
        } else if (v instanceof Boolean b) {
            w.writeAttribute("rdf", RDF, "datatype", expand("xsd:boolean"));
            w.writeCharacters(String.valueOf(b));
        } else if (v instanceof Map<?, ?> m) {
            if (m.get("@language") instanceof String lang) {
                w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
            } else if (m.get("@type") instanceof String type) {
                w.writeAttribute("rdf", RDF, "datatype", expand(type));
            }
            w.writeCharacters(String.valueOf(m.get("@value")));
        } else {
            throw new IllegalArgumentException("not in the DCAT model: " + v);
        }
        w.writeEndElement();
    }

    /** A compact name of the context as its full IRI; anything else as it is. */
    private static String expand(String name) {
        int colon = name.indexOf(':');
        if (colon > 0 && DcatJsonLd.CONTEXT.get(name.substring(0, colon)) instanceof String ns
                && !name.substring(colon + 1).startsWith("//")) {
            return ns + name.substring(colon + 1);
        }
        return name;
    }
}
