package org.gongkai.services;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CAP 1.2 schema (ADR 0049) with javax.xml.validation: a message using every element of the standard is valid
 * (the schema is not stricter than CAP); what CAP forbids is refused (it is not looser); and every message a warning
 * exports — the alert, each update, the cancel, each with its area — is valid.
 */
class CapSchemaTest {

    static final String FULL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>example.org.2026.0001</identifier>
              <sender>alerts@example.org</sender>
              <sent>2026-12-03T09:00:00+08:00</sent>
              <status>Exercise</status>
              <msgType>Update</msgType>
              <source>drill desk</source>
              <scope>Restricted</scope>
              <restriction>schools only</restriction>
              <addresses>"school one" school2</addresses>
              <code>profile:a</code>
              <code>profile:b</code>
              <note>a drill</note>
              <references>alerts@example.org,example.org.2026.0000,2026-12-03T08:00:00+08:00</references>
              <incidents>drill-7</incidents>
              <info>
                <language>zh-CN</language>
                <category>Met</category>
                <category>Safety</category>
                <event>暴雨</event>
                <responseType>Shelter</responseType>
                <responseType>Monitor</responseType>
                <urgency>Immediate</urgency>
                <severity>Severe</severity>
                <certainty>Observed</certainty>
                <audience>师生</audience>
                <eventCode><valueName>local</valueName><value>RAIN</value></eventCode>
                <effective>2026-12-03T09:00:00+08:00</effective>
                <onset>2026-12-03T10:00:00+08:00</onset>
                <expires>2026-12-04T10:00:00-05:00</expires>
                <senderName>某县教育局</senderName>
                <headline>暴雨预警</headline>
                <description>说明</description>
                <instruction>留在室内</instruction>
                <web>https://example.org/warnings/1</web>
                <contact>0791-0000000</contact>
                <parameter><valueName>level</valueName><value>II</value></parameter>
                <resource>
                  <resourceDesc>map</resourceDesc>
                  <mimeType>image/png</mimeType>
                  <size>1024</size>
                  <uri>https://example.org/map.png</uri>
                  <derefUri>aGVsbG8=</derefUri>
                  <digest>0a1b</digest>
                </resource>
                <area>
                  <areaDesc>县城</areaDesc>
                  <polygon>28.0,115.0 28.1,115.0 28.1,115.1 28.0,115.0</polygon>
                  <circle>28.05,115.05 2.5</circle>
                  <geocode><valueName>GB/T 2260</valueName><value>360000</value></geocode>
                  <altitude>10</altitude>
                  <ceiling>1000.5</ceiling>
                </area>
                <area><areaDesc>北部乡镇</areaDesc></area>
              </info>
              <info><category>Other</category><event>second language</event><urgency>Unknown</urgency>
                <severity>Unknown</severity><certainty>Unknown</certainty></info>
              <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"/>
            </alert>
            """.strip();

    @Test
    void aMessageUsingEveryElementIsValid() {
        CapStructure.valid(FULL);
        CapStructure.valid(FULL.replaceAll("(?s)<info>.*</info>", "").replace("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"/>", ""));
    }

    @Test
    void whatCapForbidsIsRefused() {
        List<String> broken = List.of(
                FULL.replace("+08:00</sent>", "Z</sent>"),
                FULL.replace("09:00:00+08:00</sent>", "09:00:00.5+08:00</sent>"),
                FULL.replace("<severity>Severe</severity>", "<severity>Orange</severity>"),
                FULL.replace("<status>Exercise</status>", "<status>Real</status>"),
                FULL.replace("<msgType>Update</msgType>", "<msgType>Notice</msgType>"),
                FULL.replace("<scope>Restricted</scope>", "<scope>Everyone</scope>"),
                FULL.replace("<category>Met</category>", "<category>Weather</category>"),
                FULL.replace("<responseType>Shelter</responseType>", "<responseType>Run</responseType>"),
                FULL.replace("<urgency>Immediate</urgency>", "<urgency>Now</urgency>"),
                FULL.replace("<certainty>Observed</certainty>", "<certainty>Sure</certainty>"),
                FULL.replace("<status>Exercise</status>\n  <msgType>Update</msgType>",
                        "<msgType>Update</msgType>\n  <status>Exercise</status>"),
                FULL.replace("<event>暴雨</event>", ""),
                FULL.replace("<category>Other</category>", ""),
                FULL.replace("<identifier>example.org.2026.0001</identifier>",
                        "<identifier>a</identifier><identifier>b</identifier>"),
                FULL.replace("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.1"),
                FULL.replace("<event>暴雨</event>", "<event>暴雨</event><colour>orange</colour>"),
                FULL.replace("<areaDesc>县城</areaDesc>", ""),
                FULL.replace("<altitude>10</altitude>", "<altitude>high</altitude>"),
                FULL.replace("<size>1024</size>", "<size>1 KB</size>"),
                FULL.replace("<mimeType>image/png</mimeType>", ""),
                FULL.replace("<parameter><valueName>level</valueName><value>II</value></parameter>",
                        "<parameter><value>II</value></parameter>"),
                FULL.replace("<language>zh-CN</language>", "<language>zh CN</language>"),
                FULL.replace("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"/>", "<extra xmlns=\"urn:x\"/>"));
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < broken.size(); i++) {
            assertThat(broken.get(i)).as("case %d changes the message", i).isNotEqualTo(FULL);
            try {
                CapStructure.valid(broken.get(i));
                accepted.add(i);
            } catch (AssertionError expected) {
                // refused, as it should be
            }
        }
        assertThat(accepted).as("broken messages the schema accepted").isEmpty();
    }

    @Test
    void everyMessageAWarningExportsIsValid() {
        EmergencyWarning w = CapMessageTest.warning();
        List<WarningUpdate> updates = List.of(
                new WarningUpdate(1, 7, 1, "UPDATE", "升为红色预警。", WarningSeverity.RED,
                        CapMessageTest.ISSUED.plusSeconds(43_200), CapMessageTest.ISSUED.plusSeconds(1_800)),
                new WarningUpdate(2, 7, 2, "UPDATE", "降为蓝色预警。", WarningSeverity.BLUE,
                        CapMessageTest.ISSUED.plusSeconds(43_200), CapMessageTest.ISSUED.plusSeconds(3_600)),
                new WarningUpdate(3, 7, 3, "CANCEL", "解除。", WarningSeverity.BLUE,
                        CapMessageTest.ISSUED.plusSeconds(7_200), CapMessageTest.ISSUED.plusSeconds(7_200)));
        WarningState s = new WarningState(w, updates);
        List<String> types = new ArrayList<>();
        for (int m = 0; m <= updates.size(); m++) {
            String xml = CapMessage.xml(CapMessageTest.ORIGIN, s, m);
            CapStructure.valid(xml);
            types.add(CapStructure.text(CapStructure.check(xml), "msgType"));
        }
        assertThat(types).containsExactly("Alert", "Update", "Update", "Cancel");
        WarningState noInstruction = new WarningState(new EmergencyWarning(8, 1, "地震", "Geo", WarningSeverity.RED,
                "Immediate", "Observed", "地震预警", "说明", null, "全县", CapMessageTest.ISSUED,
                CapMessageTest.ISSUED.plusSeconds(600), CapMessageTest.ISSUED, CapMessageTest.ISSUED), List.of());
        CapStructure.check(CapMessage.xml(CapMessageTest.ORIGIN, noInstruction, 0));
    }
}
