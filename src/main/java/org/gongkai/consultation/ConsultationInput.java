package org.gongkai.consultation;

import org.gongkai.platform.Zones;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** What staff typed in a consultation's form, as text; times as {@code datetime-local} values in Beijing time. */
public record ConsultationInput(String title, String draftingDepartment, String explanation, String draftText,
                         String opensAt, String closesAt, String shortPeriodReason, List<String> channels,
                         String contact, String publishComments, String version, String nameRequired) {

    /** As before V139: a name is optional. */
    public ConsultationInput(String title, String draftingDepartment, String explanation, String draftText,
                             String opensAt, String closesAt, String shortPeriodReason, List<String> channels,
                             String contact, String publishComments, String version) {
        this(title, draftingDepartment, explanation, draftText, opensAt, closesAt, shortPeriodReason, channels, contact,
                publishComments, version, null);
    }

    public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static ConsultationInput blank() {
        return new ConsultationInput(null, null, null, null, null, null, null, List.of("ONLINE"), null, null, null, null);
    }

    static ConsultationInput of(Consultation c, List<Passage> passages) {
        return new ConsultationInput(c.title(), c.draftingDepartment(), c.explanation(),
                passages.stream().map(Passage::body).collect(Collectors.joining("\n\n")),
                LOCAL.format(c.opensAt().atZone(Zones.CHINA)), LOCAL.format(c.closesAt().atZone(Zones.CHINA)),
                c.shortPeriodReason(), c.channels().stream().map(Enum::name).toList(), c.contact(),
                c.publishComments() ? "true" : null, String.valueOf(c.version()), c.nameRequired() ? "true" : null);
    }

    public boolean hasChannel(String name) {
        return channels != null && channels.contains(name);
    }
}
