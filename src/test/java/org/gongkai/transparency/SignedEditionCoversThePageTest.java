package org.gongkai.transparency;

import org.gongkai.document.AttachFile;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentField;
import org.gongkai.document.DocumentFields;
import org.gongkai.document.DocumentKind;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ADR 0007: the content hash covers what the public page shows. A document with a distinctive value in every
 * field is rendered; every value the page and its JSON-LD show must occur in the canonical form that is hashed
 * (enumerated labels by their code), except the few that are the site's frame rather than the edition; and every
 * metadata member the registry ({@link DocumentFields#canonical}) signs is shown (ADR 0021: page ↔ canonical form).
 */
@IntegrationTest
class SignedEditionCoversThePageTest {

    /** JSON-LD members that describe the site or the log rather than the edition's content. */
    static final Set<String> FRAME = Set.of("@context", "@type", "@id", "url", "inLanguage", "dateModified",
            "isPartOf", "contentUrl", "encodingFormat", "contentSize", "propertyID", "legislationLegalForce");

    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired AttachFile attach;
    @Autowired DocumentQueries queries;
    @Autowired PublishedDocuments published;
    @Autowired MessageSource messages;
    @Autowired MockMvc mvc;

    @Test
    void everyValueThePageShowsIsInTheCanonicalForm() throws Exception {
        long org = fixtures.organisation("签名覆盖县教育局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        long replacement = publish(editor, reviewer, publisher, org, DocumentContent.builder().title("覆盖测试替代文件")
                .issuer("签名覆盖县教育局").writtenDate(LocalDate.of(2026, 2, 1)).theme("教育").opennessClass("RESULT")
                .bodyHtml("<p>替代正文。</p>").build(), null);
        long id = publish(editor, reviewer, publisher, org, DocumentContent.builder().title("覆盖测试标题甲一")
                .documentNumber("覆教〔2026〕97号").issuer("覆盖测试发布机构乙二").writtenDate(LocalDate.of(2026, 1, 5))
                .publishDate(LocalDate.of(2026, 1, 7)).theme("覆盖主题丙三").opennessClass("RESULT").keywords("覆盖主题词丁四")
                .validity(Validity.REPEALED).replacedByDocumentId(replacement).summary("覆盖概述戊五")
                .bodyHtml("<p>覆盖正文己六第一段。</p><p>覆盖正文庚七第二段。</p>").kind(DocumentKind.NORMATIVE)
                .repealedOn(LocalDate.of(2026, 6, 30)).build(), "覆盖附件辛八.pdf");
        PublishedDocument doc = published.find(id).orElseThrow();
        String canonical = CanonicalEdition.of(doc).toJson();

        String html = mvc.perform(get("/documents/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        Map<String, String> codes = labelsToCodes();
        List<String> shown = new ArrayList<>();
        for (Element td : page.select("table.meta td")) {
            Element inner = td.selectFirst("span");
            for (Element e : inner == null ? List.of(td) : td.select("span")) {
                shown.add(e.text().strip());
            }
        }
        shown.add(page.selectFirst("h1#doc-title").text());
        shown.add(page.selectFirst(".doc-number").text());
        page.select(".body-html p").forEach(p -> shown.add(p.text()));
        page.select("ul.attachments a").forEach(a -> shown.add(a.text()));
        page.select(".banner a[href^=/documents/]").forEach(a -> shown.add(a.attr("href").replace("/documents/", "")));
        assertThat(shown).as("the page shows the repeal date and the document kind")
                .contains("2026-06-30", label("doc.kind.NORMATIVE"), "覆盖附件辛八.pdf", String.valueOf(replacement));

        JsonNode ld = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
        collect(ld, null, shown);

        for (String value : shown) {
            if (value.isEmpty()) {
                continue;
            }
            String expected = codes.getOrDefault(value, value);
            assertThat(canonical).as("shown value «%s» is in the signed edition", value).contains(expected);
        }

        // and the other way, driven by the field registry: every metadata member that is signed is shown
        CanonicalEdition signed = CanonicalEdition.of(doc);
        List<String> shownCodes = shown.stream().map(v -> codes.getOrDefault(v, v)).toList();
        for (DocumentField f : DocumentFields.canonical(CanonicalEdition.CURRENT_VERSION)) {
            assertThat(signed.member(f)).as("the fixture gives signed member %s a value", f.member()).isNotNull();
            assertThat(shownCodes).as("signed member %s is shown on the page or in its JSON-LD", f.member())
                    .contains(signed.member(f));
        }
    }

    private void collect(JsonNode node, String name, List<String> out) {
        if (name != null && FRAME.contains(name)) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), e.getKey(), out));
        } else if (node.isArray()) {
            node.values().forEach(v -> collect(v, name, out));
        } else if (node.isValueNode()) {
            out.add(node.asString());
        }
    }

    private Map<String, String> labelsToCodes() {
        Map<String, String> out = new HashMap<>();
        for (Validity v : Validity.values()) {
            out.put(label(v.labelKey()), v.name());
        }
        for (DocumentKind k : DocumentKind.values()) {
            out.put(label(k.labelKey()), k.name());
        }
        for (String o : List.of("DECISION", "EXECUTION", "MANAGEMENT", "SERVICE", "RESULT")) {
            String l = messages.getMessage("openness." + o, null, null, Locale.SIMPLIFIED_CHINESE);
            if (l != null) {
                out.put(l, o);
            }
        }
        return out;
    }

    private String label(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private long publish(StaffUser editor, StaffUser reviewer, StaffUser publisher, long org, DocumentContent c,
                         String attachment) throws Exception {
        long id = create.create(editor, org, c);
        if (attachment != null) {
            int version = queries.view(editor, id).working().orElseThrow().lockVersion();
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument();
                 java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                pdf.save(out);
                attach.attach(editor, id, version, attachment, new ByteArrayInputStream(out.toByteArray()));
            }
        }
        submit.submit(editor, id);
        review.approve(reviewer, id, "同意");
        publish.publishNow(publisher, id);
        return id;
    }
}
