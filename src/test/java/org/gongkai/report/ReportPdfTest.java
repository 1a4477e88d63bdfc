package org.gongkai.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The report PDF: table 三's row-group labels are written again where the table continues on a new page. */
@IntegrationTest
class ReportPdfTest {

    @Autowired ReportPdf pdf;
    @Autowired ComputeAnnualReport compute;

    @Test
    void tableThreesRowGroupLabelsRepeatOnTheNextPage() throws Exception {
        assumeTrue(pdf.available(), "no CJK font on this machine");
        ReportFigures figures = compute.compute("某县教育局", List.of(), ReportPeriod.of(OrganisationKind.COUNTY, 2024),
                new EnteredFigures(0, 0, 0, null));
        byte[] bytes = pdf.render("某县教育局2024年政府信息公开工作年度报告", figures, Narratives.EMPTY).orElseThrow();
        PdfReader reader = new PdfReader(bytes);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            pages.add(text.getTextFromPage(p).replaceAll("\\s", ""));
        }
        // every page holding a row of group 三 (its sub-groups' rows) names the group
        List<String> withGroupThreeRows = pages.stream()
                .filter(p -> p.contains("予以公开") || p.contains("不予公开") || p.contains("无法提供") || p.contains("其他处理")
                        || p.contains("不予处理") || p.contains("总计"))
                .filter(p -> p.contains("国家秘密") || p.contains("逾期") || p.contains("本机关不掌握") || p.contains("信访"))
                .toList();
        assertThat(withGroupThreeRows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(withGroupThreeRows).allSatisfy(p -> assertThat(p).contains("三、本年度办理结果"));
    }
}
