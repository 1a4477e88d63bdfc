package org.gongkai.services;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check of a CAP 1.2 message (ADR 0049): first against the CAP 1.2 XML Schema ({@code cap/CAP-v1.2.xsd}, written
 * from the OASIS standard's data dictionary: elements, order, cardinalities, types, the dateTime pattern and the
 * value lists) with {@code javax.xml.validation}; then the rules the standard states only in prose, which its schema
 * does not carry: identifier and sender without spaces, commas, "<" or "&"; references as space-separated
 * sender,identifier,sent triples whose sent is a CAP time; an Update or Cancel refers to what it updates.
 */
final class CapStructure {

    static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");
    static final Pattern ID = Pattern.compile("[^\\s,<&]+");
    static final Schema SCHEMA = schema();

    private CapStructure() {
    }

    /** Checks the message against the schema and the prose rules; returns its root element. */
    static Element check(String xml) {
        valid(xml);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element alert = d.getDocumentElement();
            assertThat(text(alert, "identifier")).matches(ID);
            assertThat(text(alert, "sender")).matches(ID);
            List<Element> refs = children(alert, "references");
            if (!"Alert".equals(text(alert, "msgType"))) {
                assertThat(refs).as("an Update or Cancel names what it updates").isNotEmpty();
            }
            if (!refs.isEmpty()) {
                for (String ref : refs.get(0).getTextContent().split(" ")) {
                    String[] parts = ref.split(",");
                    assertThat(parts).as(ref).hasSize(3);
                    assertThat(parts[0]).matches(ID);
                    assertThat(parts[1]).matches(ID);
                    assertThat(parts[2]).matches(TIME);
                }
            }
            return alert;
        } catch (Exception e) {
            throw new AssertionError("not a CAP 1.2 message: " + e.getMessage(), e);
        }
    }

    /** Validates the message against the CAP 1.2 schema alone; an AssertionError names what the schema refused. */
    static void valid(String xml) {
        try {
            Validator v = SCHEMA.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid against the CAP 1.2 schema: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Schema schema() {
        try {
            URL xsd = CapStructure.class.getResource("/cap/CAP-v1.2.xsd");
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the CAP 1.2 schema does not load", e);
        }
    }
}
