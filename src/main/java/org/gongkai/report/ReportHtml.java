package org.gongkai.report;

import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * The annual report as the body of a portal document: the six sections in the template's order, the people-written
 * ones as paragraphs, the tables with the template's merged headings. Only elements the document body keeps
 * (h2, p, table, caption, thead, tbody, tr, th, td with rowspan, colspan and scope).
 */
final class ReportHtml {

    private ReportHtml() {
    }

    static String body(ReportFigures figures, Narratives text) {
        StringBuilder html = new StringBuilder();
        List<GridTable> tables = ReportLayout.tables(figures);
        section(html, "一、总体情况", text.overview());
        tables.forEach(t -> table(html, t));
        section(html, "五、存在的主要问题及改进情况", text.problems());
        section(html, "六、其他需要报告的事项", text.otherMatters());
        return html.toString();
    }

    /** A university's report closes section 六 with the address of its disclosure-list board (module university). */
    static String disclosureList(String slug) {
        String path = "/o/" + HtmlUtils.htmlEscape(slug) + "/disclosure-list";
        return "<p>本校《高等学校信息公开事项清单》（教办函〔2014〕23号）各事项的公开情况见：<a href=\"" + path + "\">"
                + path + "</a></p>";
    }

    private static void section(StringBuilder html, String heading, String text) {
        html.append("<h2>").append(heading).append("</h2>");
        paragraphs(text).forEach(p -> html.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>"));
    }

    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static void table(StringBuilder html, GridTable t) {
        html.append("<h2>").append(HtmlUtils.htmlEscape(t.caption())).append("</h2>");
        html.append("<table><caption>").append(HtmlUtils.htmlEscape(t.caption())).append("</caption>");
        for (int r = 0; r < t.rows().size(); r++) {
            if (r == 0) {
                html.append("<thead>");
            }
            if (r == t.headerRows()) {
                html.append("</thead><tbody>");
            }
            html.append("<tr>");
            t.rows().get(r).forEach(cell -> cell(html, cell));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void cell(StringBuilder html, GridCell c) {
        String tag = c.heading() ? "th" : "td";
        html.append('<').append(tag);
        if (c.rowSpan() > 1) {
            html.append(" rowspan=\"").append(c.rowSpan()).append('"');
        }
        if (c.colSpan() > 1) {
            html.append(" colspan=\"").append(c.colSpan()).append('"');
        }
        if (c.scope() != null) {
            html.append(" scope=\"").append(c.scope()).append('"');
        }
        html.append('>').append(HtmlUtils.htmlEscape(c.text())).append("</").append(tag).append('>');
    }
}
