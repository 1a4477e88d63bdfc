package org.gongkai.demo;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.report.AnnualReportDrafting;
import org.gongkai.report.Narratives;
import org.springframework.stereotype.Component;

/**
 * The county bureau's annual report for last year, written, generated from the data, reviewed and published like
 * any report; the other demo organisations have not published theirs yet, so the reminders and the roll-up show them.
 */
@Component
@org.springframework.core.annotation.Order(40)
class DemoAnnualReport implements DemoPart {

    /** The report's own texts; "{年}" is the report's year. */
    private static final String[] TEXT = {"""
            {年}年，清溪县教育局深入贯彻《中华人民共和国政府信息公开条例》，围绕义务教育招生入学、教育收费、学校食品安全等群众关注事项，做好政府信息主动公开、依申请公开和政策解读工作。
            主动公开方面，全年通过本局政府信息公开专栏发布招生入学、收费公示等信息，按“五公开”要求完善公开目录。
            依申请公开方面，严格按照法定时限办理申请，规范答复文书格式，全年未发生因信息公开引起的行政复议和行政诉讼。
            政府信息管理和平台建设方面，建立信息发布前保密审查和个人信息筛查制度，公开平台实现草稿、审核、发布全流程留痕。""",
            """
            一是部分栏目更新不够及时，信息发布的时效性有待提高；二是政策解读形式较为单一。
            {年+1}年，我局将建立栏目更新责任清单，按月检查栏目更新情况，并通过图解、问答等形式丰富政策解读。""",
            "本年度未收取信息处理费，无其他需要报告的事项。"};

    private final AnnualReportDrafting drafting;
    private final CatalogTree catalog;
    private final SubmitForReview submit;
    private final ReviewEdition review;
    private final PublishEdition publish;

    DemoAnnualReport(AnnualReportDrafting drafting, CatalogTree catalog, SubmitForReview submit, ReviewEdition review,
                     PublishEdition publish) {
        this.drafting = drafting;
        this.catalog = catalog;
        this.submit = submit;
        this.review = review;
        this.publish = publish;
    }

    @Override
    public void build(DemoSite site) {
        publish(site.county(), site.today().getYear() - 1, site.countyTeam());
    }

    void publish(long orgId, int year, DemoContent.Team team) {
        long node = catalog.nodesOf(orgId).stream().map(CatalogTree.Entry::node)
                .filter(n -> n.name().equals("信息公开年度报告")).findFirst().orElseThrow().id();
        Narratives text = new Narratives(DemoDocuments.years(TEXT[0], year), DemoDocuments.years(TEXT[1], year),
                DemoDocuments.years(TEXT[2], year));
        long id = drafting.draft(team.editor(), orgId, year, text, node);
        submit.submit(team.editor(), id);
        review.approve(team.reviewer(), id, "年度报告数据与平台统计一致，勾稽关系核对无误，同意发布。");
        publish.publishNow(team.publisher(), id);
    }
}
