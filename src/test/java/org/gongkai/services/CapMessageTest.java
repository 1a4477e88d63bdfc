package org.gongkai.services;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CAP 1.2 export of a warning, checked by {@link CapStructure} (the CAP 1.2 XML Schema and the standard's prose
 * rules, ADR 0049): the alert, an update referencing it, a cancel; hostile text escaped, not markup; and the check
 * itself refuses messages that break the rules.
 */
class CapMessageTest {

    static final CapMessage.Origin ORIGIN = new CapMessage.Origin("qingxi@gongkai", "清溪县教育局",
            "https://example.org/warnings/7");
    static final Instant ISSUED = Instant.parse("2026-12-03T01:00:00Z");

    static EmergencyWarning warning() {
        return new EmergencyWarning(7, 1, "暴雨", "Met", WarningSeverity.ORANGE, "Expected", "Likely",
                "清溪县暴雨橙色预警：全县中小学停课一天 <script>alert(1)</script>", "预计未来 24 小时有大暴雨 & 雷电。",
                "请师生留在家中。", "清溪县全境", ISSUED, ISSUED.plusSeconds(86_400), ISSUED, ISSUED);
    }

    @Test
    void theWarningItsUpdateAndItsCancelAreCap12Messages() {
        WarningUpdate update = new WarningUpdate(1, 7, 1, "UPDATE", "降为黄色预警。", WarningSeverity.YELLOW,
                ISSUED.plusSeconds(43_200), ISSUED.plusSeconds(3_600));
        WarningUpdate cancel = new WarningUpdate(2, 7, 2, "CANCEL", "预警解除，明日正常上课。", WarningSeverity.YELLOW,
                ISSUED.plusSeconds(7_200), ISSUED.plusSeconds(7_200));
        WarningState s = new WarningState(warning(), List.of(update, cancel));

        Element alert = CapStructure.check(CapMessage.xml(ORIGIN, s, 0));
        assertThat(CapStructure.text(alert, "msgType")).isEqualTo("Alert");
        assertThat(CapStructure.text(alert, "sent")).isEqualTo("2026-12-03T09:00:00+08:00");
        Element info = CapStructure.children(alert, "info").get(0);
        assertThat(CapStructure.text(info, "severity")).isEqualTo("Severe");
        assertThat(CapStructure.text(info, "headline")).contains("<script>");
        assertThat(CapStructure.text(info, "expires")).isEqualTo("2026-12-04T09:00:00+08:00");
        assertThat(CapStructure.text(CapStructure.children(info, "area").get(0), "areaDesc")).isEqualTo("清溪县全境");
        assertThat(CapMessage.xml(ORIGIN, s, 0)).contains("&lt;script&gt;").contains("&amp; 雷电");

        Element second = CapStructure.check(CapMessage.xml(ORIGIN, s, 1));
        assertThat(CapStructure.text(second, "msgType")).isEqualTo("Update");
        assertThat(CapStructure.text(second, "references"))
                .isEqualTo("qingxi@gongkai,qingxi@gongkai.warning.7.0,2026-12-03T09:00:00+08:00");
        assertThat(CapStructure.text(CapStructure.children(second, "info").get(0), "severity")).isEqualTo("Moderate");

        Element third = CapStructure.check(CapMessage.xml(ORIGIN, s, 2));
        assertThat(CapStructure.text(third, "msgType")).isEqualTo("Cancel");
        assertThat(CapStructure.text(third, "references").split(" ")).hasSize(2);
        assertThat(CapStructure.text(CapStructure.children(third, "info").get(0), "urgency")).isEqualTo("Past");
    }

    @Test
    void theCheckerRefusesWhatCap12Forbids() {
        String good = CapMessage.xml(ORIGIN, new WarningState(warning(), List.of()), 0);
        CapStructure.check(good);
        assertThatThrownBy(() -> CapStructure.check(good.replace("+08:00</sent>", "Z</sent>").replace("09:00:00Z", "01:00:00Z")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> CapStructure.check(good.replace("<severity>Severe</severity>", "<severity>Orange</severity>")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> CapStructure.check(good.replace("<status>Actual</status><msgType>Alert</msgType>",
                "<msgType>Alert</msgType><status>Actual</status>"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> CapStructure.check(good.replace("urn:oasis:names:tc:emergency:cap:1.2",
                "urn:oasis:names:tc:emergency:cap:1.1"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> CapStructure.check(good.replace("<event>", "<colour>x</colour><event>")))
                .isInstanceOf(AssertionError.class);
    }
}
