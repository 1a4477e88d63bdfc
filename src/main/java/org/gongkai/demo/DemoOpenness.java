package org.gongkai.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.gongkai.services.GuideForm;
import org.gongkai.services.ManageEmergencies;
import org.gongkai.services.ManageGuides;
import org.gongkai.services.ManagePowers;
import org.gongkai.services.PowerForm;
import org.gongkai.services.ReviewSubject;
import org.gongkai.services.ServicesReview;
import org.gongkai.services.WarningForm;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The demo's 管理公开 and 服务公开 (ADR 0045) on the county: three list items (one changed once, one draft), two
 * service guides (one complete with a template file, one with missing elements, and a draft the public never sees),
 * an emergency plan, a warning in force with a handling update, and a draft warning. Every text is invented.
 */
@Component
@org.springframework.core.annotation.Order(110)
class DemoOpenness implements DemoPart {

    private final ManagePowers powers;
    private final ManageGuides guides;
    private final ManageEmergencies emergencies;
    private final ServicesReview review;

    DemoOpenness(ManagePowers powers, ManageGuides guides, ManageEmergencies emergencies, ServicesReview review) {
        this.review = review;
        this.powers = powers;
        this.guides = guides;
        this.emergencies = emergencies;
    }

    @Override
    public void build(DemoSite site) {
        build(site.countyTeam(), site.today());
    }

    void build(DemoContent.Team team, LocalDate today) {
        long school = powers.create(team.editor(), new PowerForm("APPROVAL", "XK-0001", "实施中等及以下学历教育的民办学校设立审批",
                "行政许可", "《中华人民共和国民办教育促进法》第十二条", "行政审批股", "举办者具备法人资格或完全民事行为能力；有与办学规模相适应的校舍和师资。",
                null, false, null));
        reviewed(team, ReviewSubject.POWER, school);
        powers.publish(team.publisher(), school);
        powers.saveDraft(team.editor(), school, new PowerForm(null, null, "实施中等及以下学历教育的民办学校设立审批",
                "行政许可", "《中华人民共和国民办教育促进法》第十二条；《中华人民共和国民办教育促进法实施条例》第十条",
                "政务服务股", "举办者具备法人资格或完全民事行为能力；有与办学规模相适应的校舍和师资。",
                "机构职能调整，实施机构改为政务服务股（示例）", false, null));
        reviewed(team, ReviewSubject.POWER, school);
        powers.publish(team.publisher(), school);
        long teacher = powers.create(team.editor(), new PowerForm("POWER", "QZ-0002", "教师资格认定", "行政许可",
                "《教师资格条例》第十三条", "人事股", "具有中国国籍；具备规定的学历；普通话水平达到标准。", null, false, null));
        reviewed(team, ReviewSubject.POWER, teacher);
        powers.publish(team.publisher(), teacher);
        powers.create(team.editor(), new PowerForm("POWER", "QZ-0003", "校外培训机构检查（草稿）", "行政检查",
                "依据待核实", "督导室", null, null, false, null));

        long cert = guides.create(team.editor(), new GuideForm("JY-0001", "教师资格认定",
                "《教师资格条例》第十三条", "具有中国国籍；遵守宪法和法律；具备规定的学历；普通话水平达到二级乙等以上。",
                "1. 网上申报\n2. 现场确认\n3. 审核\n4. 发证", "20 个工作日", "不收费", null,
                "清溪县政务服务中心 3 号窗口；工作日 9:00–12:00、14:00–17:00", "https://zwfw.example.cn/jszg",
                "0791-8888 0001（示例）", "0791-8888 0002（县纪委监委，示例）", null, null));
        guides.addMaterial(team.editor(), cert, "教师资格认定申请表", true, "原件 1 份",
                pdf("application-form.pdf", "Teacher qualification application form (demo template)"),
                pdf("application-form-sample.pdf", "Teacher qualification application form (demo filled-in sample)"));
        guides.addMaterial(team.editor(), cert, "身份证", true, "原件核验", null, null);
        reviewed(team, ReviewSubject.GUIDE, cert);
        guides.publish(team.publisher(), cert);
        long transfer = guides.create(team.editor(), new GuideForm("JY-0002", "义务教育阶段转学", null,
                "随迁或户籍变动等原因需要转学的义务教育阶段学生", "转出学校审核—转入学校接收—教育局备案", "5 个工作日",
                "不收费", null, "各中小学教务处", null, "0791-8888 0003（示例）", null, null, null));
        guides.addMaterial(team.editor(), transfer, "转学申请表", true, "原件 1 份", null, null);
        reviewed(team, ReviewSubject.GUIDE, transfer);
        guides.publish(team.publisher(), transfer);
        guides.create(team.editor(), new GuideForm("JY-0003", "学籍证明开具（草稿）", null, null, null, null, null, null,
                null, null, null, null, null, null));

        long plan = emergencies.createPlan(team.editor(), "清溪县中小学校园突发事件应急预案（示例）", "全县中小学、幼儿园",
                today.minusMonths(3).toString(), "第一章 总则\n为及时、有效处置校园突发事件，保障师生生命安全，制定本预案（示例文本）。\n"
                        + "第二章 组织体系\n县教育局成立应急工作领导小组……");
        reviewed(team, ReviewSubject.PLAN, plan);
        emergencies.publishPlan(team.publisher(), plan);
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        LocalDateTime now = LocalDateTime.now(beijing).withSecond(0).withNano(0);
        long rain = emergencies.createWarning(team.editor(), new WarningForm("暴雨", "Met", "ORANGE", "Expected", "Likely",
                "暴雨橙色预警：全县中小学、幼儿园停课一天（示例）", "据县气象台预报，未来 24 小时全县有大暴雨（示例）。",
                "各校做好停课通知和留校学生看护；家长照看好孩子，远离河道和低洼地带。", "清溪县全境",
                now.minusHours(2).toString(), now.plusHours(22).toString()));
        emergencies.issueBeforeReview(team.publisher(), rain, "暴雨将至，停课通知须在放学前发出，先发布后审核（示例）。");
        emergencies.addUpdate(team.publisher(), rain, "UPDATE", "各校已完成停课通知，留校学生 37 人均已安置（示例）。",
                "ORANGE", null);
        long wind = emergencies.createWarning(team.editor(), new WarningForm("大风", "Met", "BLUE", "Future", "Possible",
                "大风蓝色预警（草稿）", "草稿", null, "清溪县北部乡镇", now.plusDays(1).toString(), now.plusDays(2).toString()));
        review.submitItem(team.editor(), ReviewSubject.WARNING, wind);
    }

    /** The review every publication goes through (ADR 0049): the editor submits, the reviewer approves. */
    private void reviewed(DemoContent.Team team, ReviewSubject subject, long id) {
        review.submitItem(team.editor(), subject, id);
        review.approveItem(team.reviewer(), subject, id, "同意发布。");
    }

    /** A one-page PDF with ASCII text only (no font needed), as a template file. */
    private static MultipartFile pdf(String name, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document();
        PdfWriter.getInstance(d, out);
        d.open();
        d.add(new Paragraph(text));
        d.close();
        byte[] bytes = out.toByteArray();
        return new MultipartFile() {
            @Override public String getName() { return "file"; }
            @Override public String getOriginalFilename() { return name; }
            @Override public String getContentType() { return "application/pdf"; }
            @Override public boolean isEmpty() { return bytes.length == 0; }
            @Override public long getSize() { return bytes.length; }
            @Override public byte[] getBytes() { return bytes.clone(); }
            @Override public InputStream getInputStream() { return new ByteArrayInputStream(bytes); }
            @Override public void transferTo(File dest) { throw new UnsupportedOperationException(); }
        };
    }
}
