package org.gongkai.services;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A warning message as CAP 1.2 (OASIS Common Alerting Protocol, namespace {@value #NS}). Message 0 is the warning
 * as issued (msgType Alert); message n is its n-th update (Update, or Cancel), whose {@code references} name every
 * earlier message as {@code sender,identifier,sent}. Elements are written in the order the CAP 1.2 schema's
 * sequences require; times are {@code yyyy-MM-ddThh:mm:ss+08:00} (CAP forbids "Z" and fractions).
 */
final class CapMessage {

    static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.ofHours(8));

    /** Who the messages come from: the sender id (no spaces, commas, &lt; or &amp;), the name shown, the page. */
    record Origin(String sender, String senderName, String pageUrl) {
    }

    private CapMessage() {
    }

    static String identifier(Origin o, long warningId, int message) {
        return o.sender() + ".warning." + warningId + "." + message;
    }

    static String xml(Origin origin, WarningState s, int message) {
        EmergencyWarning w = s.warning();
        WarningUpdate u = message == 0 ? null : s.updates().get(message - 1);
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("alert");
            x.writeDefaultNamespace(NS);
            text(x, "identifier", identifier(origin, w.id(), message));
            text(x, "sender", origin.sender());
            text(x, "sent", TIME.format(u == null ? w.issuedAt() : u.issuedAt()));
            text(x, "status", "Actual");
            text(x, "msgType", u == null ? "Alert" : u.cancel() ? "Cancel" : "Update");
            text(x, "scope", "Public");
            if (u != null) {
                List<String> refs = new ArrayList<>();
                for (int i = 0; i < message; i++) {
                    Instant sent = i == 0 ? w.issuedAt() : s.updates().get(i - 1).issuedAt();
                    refs.add(origin.sender() + "," + identifier(origin, w.id(), i) + "," + TIME.format(sent));
                }
                text(x, "references", String.join(" ", refs));
            }
            x.writeStartElement("info");
            text(x, "language", "zh-CN");
            text(x, "category", w.category());
            text(x, "event", w.event());
            text(x, "urgency", u != null && u.cancel() ? "Past" : w.urgency());
            text(x, "severity", (u == null ? w.severity() : u.severity()).cap());
            text(x, "certainty", w.certainty());
            text(x, "onset", TIME.format(w.onset()));
            text(x, "expires", TIME.format(u == null ? w.expires() : u.expires()));
            text(x, "senderName", origin.senderName());
            text(x, "headline", w.headline());
            text(x, "description", u == null ? w.description() : u.body());
            if (w.instruction() != null && (u == null || !u.cancel())) {
                text(x, "instruction", w.instruction());
            }
            text(x, "web", origin.pageUrl());
            x.writeStartElement("parameter");
            text(x, "valueName", "warningLevel");
            text(x, "value", (u == null ? w.severity() : u.severity()).name());
            x.writeEndElement();
            x.writeStartElement("area");
            text(x, "areaDesc", w.area());
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
