package org.gongkai.services;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An explicit check of a CAP 1.2 message against the rules of the OASIS CAP 1.2 standard (section 3.2 and the
 * schema's sequences), written out here because the OASIS XSD could not be reproduced faithfully in this project
 * (ADR 0045): the namespace; each of alert, info and area has only its own elements, in the schema's order, with
 * the required ones present and single-valued ones once; the code values of status, msgType, scope, category,
 * urgency, severity and certainty; dateTime values with an explicit offset and no "Z" or fractions; identifier and
 * sender without spaces, commas or the restricted characters; references as space-separated sender,identifier,sent.
 */
final class CapStructure {

    static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");
    static final Pattern ID = Pattern.compile("[^\\s,<&]+");

    /** name, min, max (-1 unbounded), in schema order. */
    record Slot(String name, int min, int max) {
    }

    static final List<Slot> ALERT = List.of(new Slot("identifier", 1, 1), new Slot("sender", 1, 1),
            new Slot("sent", 1, 1), new Slot("status", 1, 1), new Slot("msgType", 1, 1), new Slot("source", 0, 1),
            new Slot("scope", 1, 1), new Slot("restriction", 0, 1), new Slot("addresses", 0, 1),
            new Slot("code", 0, -1), new Slot("note", 0, 1), new Slot("references", 0, 1),
            new Slot("incidents", 0, 1), new Slot("info", 0, -1));
    static final List<Slot> INFO = List.of(new Slot("language", 0, 1), new Slot("category", 1, -1),
            new Slot("event", 1, 1), new Slot("responseType", 0, -1), new Slot("urgency", 1, 1),
            new Slot("severity", 1, 1), new Slot("certainty", 1, 1), new Slot("audience", 0, 1),
            new Slot("eventCode", 0, -1), new Slot("effective", 0, 1), new Slot("onset", 0, 1),
            new Slot("expires", 0, 1), new Slot("senderName", 0, 1), new Slot("headline", 0, 1),
            new Slot("description", 0, 1), new Slot("instruction", 0, 1), new Slot("web", 0, 1),
            new Slot("contact", 0, 1), new Slot("parameter", 0, -1), new Slot("resource", 0, -1),
            new Slot("area", 0, -1));
    static final List<Slot> AREA = List.of(new Slot("areaDesc", 1, 1), new Slot("polygon", 0, -1),
            new Slot("circle", 0, -1), new Slot("geocode", 0, -1), new Slot("altitude", 0, 1), new Slot("ceiling", 0, 1));
    static final List<Slot> PARAMETER = List.of(new Slot("valueName", 1, 1), new Slot("value", 1, 1));

    static final Map<String, Set<String>> CODES = Map.of(
            "status", Set.of("Actual", "Exercise", "System", "Test", "Draft"),
            "msgType", Set.of("Alert", "Update", "Cancel", "Ack", "Error"),
            "scope", Set.of("Public", "Restricted", "Private"),
            "category", Set.of("Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport",
                    "Infra", "CBRNE", "Other"),
            "urgency", Set.of("Immediate", "Expected", "Future", "Past", "Unknown"),
            "severity", Set.of("Extreme", "Severe", "Moderate", "Minor", "Unknown"),
            "certainty", Set.of("Observed", "Likely", "Possible", "Unlikely", "Unknown"));

    private CapStructure() {
    }

    /** Checks the message and returns its root element. */
    static Element check(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element alert = d.getDocumentElement();
            assertThat(alert.getNamespaceURI()).isEqualTo(NS);
            assertThat(alert.getLocalName()).isEqualTo("alert");
            sequence(alert, ALERT);
            for (Element info : children(alert, "info")) {
                sequence(info, INFO);
                for (Element p : children(info, "parameter")) {
                    sequence(p, PARAMETER);
                }
                for (Element area : children(info, "area")) {
                    sequence(area, AREA);
                }
                for (String t : List.of("effective", "onset", "expires")) {
                    children(info, t).forEach(e -> assertThat(e.getTextContent()).as(t).matches(TIME));
                }
                children(info, "language").forEach(e -> assertThat(e.getTextContent()).matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*"));
            }
            assertThat(text(alert, "sent")).matches(TIME);
            assertThat(text(alert, "identifier")).matches(ID);
            assertThat(text(alert, "sender")).matches(ID);
            List<Element> refs = children(alert, "references");
            if (!refs.isEmpty()) {
                for (String ref : refs.get(0).getTextContent().split(" ")) {
                    String[] parts = ref.split(",");
                    assertThat(parts).as(ref).hasSize(3);
                    assertThat(parts[2]).matches(TIME);
                }
            }
            return alert;
        } catch (Exception e) {
            throw new AssertionError("not a CAP 1.2 message: " + e.getMessage(), e);
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

    private static void sequence(Element parent, List<Slot> slots) {
        List<Element> kids = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertThat(e.getNamespaceURI()).as(e.getTagName()).isEqualTo(NS);
                kids.add(e);
            } else if (n.getNodeType() == Node.TEXT_NODE) {
                assertThat(n.getTextContent().isBlank()).as("text directly in " + parent.getLocalName()).isTrue();
            }
        }
        int i = 0;
        for (Slot s : slots) {
            int count = 0;
            while (i < kids.size() && kids.get(i).getLocalName().equals(s.name())) {
                Element e = kids.get(i);
                if (CODES.containsKey(s.name())) {
                    assertThat(CODES.get(s.name())).as(s.name()).contains(e.getTextContent());
                }
                if (!Set.of("info", "area", "parameter", "resource", "geocode", "eventCode").contains(s.name())) {
                    assertThat(e.getElementsByTagNameNS("*", "*").getLength()).as(s.name() + " is simple").isZero();
                }
                count++;
                i++;
            }
            assertThat(count).as(parent.getLocalName() + "/" + s.name() + " count").isGreaterThanOrEqualTo(s.min());
            if (s.max() >= 0) {
                assertThat(count).as(parent.getLocalName() + "/" + s.name() + " count").isLessThanOrEqualTo(s.max());
            }
        }
        assertThat(i).as("elements of " + parent.getLocalName() + " out of order or unknown: "
                + kids.stream().map(Element::getLocalName).toList()).isEqualTo(kids.size());
    }
}
