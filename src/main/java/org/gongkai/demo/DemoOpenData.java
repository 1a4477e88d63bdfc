package org.gongkai.demo;

import org.gongkai.opendata.AnswerDataRequest;
import org.gongkai.opendata.DataRequestDraft;
import org.gongkai.opendata.DatasetForm;
import org.gongkai.opendata.ManageDatasets;
import org.gongkai.opendata.ManageLinks;
import org.gongkai.opendata.ManageSeries;
import org.gongkai.opendata.SeriesForm;
import org.gongkai.opendata.ReceiveDataRequest;
import org.gongkai.opendata.UploadResource;
import org.gongkai.platform.Zones;
import org.springframework.stereotype.Component;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The demo's open data: one published dataset of the county's schools with two versions of its table (last year's
 * and this year's, so the comparison has something to show; the first uploaded in GBK as offices' spreadsheets
 * often are), and one draft dataset that the public never sees, started from a data request. Three more data requests:
 * one just received, one near its due date, one answered (the office does not hold the data).
 */
@Component
@org.springframework.core.annotation.Order(70)
class DemoOpenData implements DemoPart {

    private final ManageDatasets datasets;
    private final UploadResource upload;
    private final ReceiveDataRequest requests;
    private final AnswerDataRequest answers;
    private final ManageSeries series;
    private final ManageLinks links;

    DemoOpenData(ManageDatasets datasets, UploadResource upload, ReceiveDataRequest requests,
                 AnswerDataRequest answers, ManageSeries series, ManageLinks links) {
        this.links = links;
        this.series = series;
        this.datasets = datasets;
        this.upload = upload;
        this.requests = requests;
        this.answers = answers;
    }

    @Override
    public void build(DemoSite site) {
        build(site.countyTeam(), site.orgNames().get(DemoSite.COUNTY), site.today());
    }

    void build(DemoContent.Team team, String publisher, LocalDate today) {
        int year = today.getYear();
        long id = datasets.create(team.editor(), new DatasetForm("清溪县中小学校基本情况", "全县公办中小学校的学校代码、名称、学段、"
                + "在校生数和专任教师数，每学年更新一次。", "EDUC", "学校,在校生,教师", publisher, "gongkai@qingxi.example.gov.cn",
                null, "CC_BY_4_0", "ANNUAL", (year - 1) + "-09-01", year + "-08-31", "清溪县", "RESULT",
                "《中华人民共和国政府信息公开条例》第二十条", null), null,
                // resource-catalogue fields: candidates, not verified (ADR 0047)
                java.util.Map.of("shareType", "UNCONDITIONAL", "openToPublic", "YES", "shareMethod", "文件下载"));
        String last = """
                学校代码,学校名称,学段,在校生数,专任教师数
                3601001,清溪县第一中学,高中,1860,132
                3601002,清溪县第二中学,初中,1210,88
                3601003,清溪县实验小学,小学,1540,79
                3601004,清溪县城关小学,小学,960,52
                """;
        String now = """
                学校代码,学校名称,学段,在校生数,专任教师数,校园网址
                3601001,清溪县第一中学,高中,1905,136,https://yz.qingxi.example.edu.cn
                3601002,清溪县第二中学,初中,1210,90,
                3601003,清溪县实验小学,小学,1588,81,
                3601005,清溪县新区小学,小学,420,24,
                """;
        UploadResource.Uploaded first = upload.addResource(team.editor(), id, "学校名录", "学校代码", "学校名录.csv",
                last.getBytes(Charset.forName("GBK")));
        links.add(team.editor(), id, "全国学校名录查询（外部）", "https://www.example.edu.cn/schools");
        datasets.publish(team.publisher(), id);
        upload.addVersion(team.editor(), id, first.resourceId(), (year) + " 学年数据；新增校园网址列", "学校名录.csv",
                now.getBytes(StandardCharsets.UTF_8));
        datasets.publish(team.publisher(), id);

        long org = team.editor().organisationId();
        long canteens = requests.receive(org, new DataRequestDraft("全县学校食堂食品安全检查结果",
                "按学校列出本学年各次检查的日期和结果。", "家长委员会了解食堂情况", "周女士", "13900001111", null),
                at(today.minusDays(8))).id();
        long draft = datasets.create(team.editor(), new DatasetForm("清溪县学校食堂食品安全检查结果（草稿）",
                "尚在整理中的检查结果，未发布。", "HEAL", null, publisher, null, "0791-8888 0000", "CC_BY_4_0",
                "QUARTERLY", null, null, "清溪县", "RESULT", null, null), canteens);
        upload.addResource(team.editor(), draft, "检查结果", null, "检查结果.csv",
                "学校名称,检查日期,结果\n清溪县第一中学,2026-10-12,合格\n".getBytes(StandardCharsets.UTF_8));

        requests.receive(org, new DataRequestDraft("各校课后服务收费标准", "各校课后服务的收费项目、标准和批准文号。", null,
                "李先生", null, "li@example.com"), at(today.minusDays(1)));
        requests.receive(org, new DataRequestDraft("近五年校舍安全鉴定结果", "按学校列出校舍鉴定等级和鉴定年份。", "研究",
                "某大学课题组", "0791-86660000", null), at(today.minusDays(25)));
        long answered = requests.receive(org, new DataRequestDraft("全县教师个人收入明细", "每位教师的月收入。", null,
                "王先生", "13700002222", null), at(today.minusDays(12))).id();
        answers.answer(team.publisher(), answered, new AnswerDataRequest.Reply("WITHHELD_THIRD_PARTY_RIGHTS", null,
                "教师个人收入属于个人信息，公开会损害第三方合法权益。全县教职工工资总额已在部门决算中公开。", "0"));
        budgets(team, publisher, year);
    }

    /** A yearly series: three budgets, the latest first on the series page, each linking its neighbours. */
    private void budgets(DemoContent.Team team, String publisher, int year) {
        long id = series.create(team.editor(), new SeriesForm("清溪县教育经费预算",
                "县教育局每年公开的部门预算中的教育经费支出表，按功能科目列示。", "ANNUAL", null));
        int[][] amounts = {{21850, 3120, 1460}, {22640, 3380, 1525}, {23410, 3290, 1610}};
        for (int i = 0; i < 3; i++) {
            int y = year - 2 + i;
            long d = datasets.create(team.editor(), new DatasetForm(y + " 年清溪县教育经费预算", y
                    + " 年县教育局部门预算中的教育经费支出（万元）。", "GOVE", "预算,教育经费", publisher,
                    "gongkai@qingxi.example.gov.cn", null, "CC_BY_4_0", "ANNUAL", y + "-01-01", y + "-12-31", "清溪县",
                    "RESULT", "《中华人民共和国预算法》第十四条", null));
            upload.addResource(team.editor(), d, "支出预算表", null, y + "年教育经费预算.csv", ("科目,金额（万元）\n"
                    + "普通教育," + amounts[i][0] + "\n职业教育," + amounts[i][1] + "\n教育费附加安排的支出," + amounts[i][2] + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            datasets.publish(team.publisher(), d);
            series.attach(team.editor(), id, d);
        }
        series.publish(team.publisher(), id);
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(Zones.CHINA).toInstant();
    }
}
