package org.gongkai.demo;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.consultation.ConsultationInput;
import org.gongkai.consultation.DraftConsultation;
import org.gongkai.consultation.Hearings;
import org.gongkai.consultation.ModerateComments;
import org.gongkai.consultation.ReceiveComment;
import org.gongkai.consultation.ReviseDraft;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.Disclosure;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
import org.gongkai.interpretation.InterpretationInput;
import org.gongkai.interpretation.LinkInterpretation;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Demo content of participation (#18): a Q&A interpretation of 清溪县's school-zone plan, published with it, and an
 * open consultation on a draft rule with three comments from the public (two alike, one moderated), a second version
 * of the draft that follows them, and a hearing open for registration.
 */
@Component
@org.springframework.core.annotation.Order(10)
class DemoParticipation implements DemoPart {

    private final CreateDocument create;
    private final SubmitForReview submit;
    private final ReviewEdition review;
    private final PublishEdition publish;
    private final CatalogTree tree;
    private final DemoExtras extras;
    private final LinkInterpretation interpretations;
    private final DraftConsultation consultations;
    private final ReceiveComment comments;
    private final ModerateComments moderation;
    private final ReviseDraft revise;
    private final Hearings hearings;

    DemoParticipation(CreateDocument create, SubmitForReview submit, ReviewEdition review, PublishEdition publish,
                      CatalogTree tree, DemoExtras extras, LinkInterpretation interpretations,
                      DraftConsultation consultations, ReceiveComment comments, ModerateComments moderation,
                      ReviseDraft revise, Hearings hearings) {
        this.hearings = hearings;
        this.revise = revise;
        this.create = create;
        this.submit = submit;
        this.review = review;
        this.publish = publish;
        this.tree = tree;
        this.extras = extras;
        this.interpretations = interpretations;
        this.consultations = consultations;
        this.comments = comments;
        this.moderation = moderation;
    }

    @Override
    public void build(DemoSite site) {
        build(site.county(), site.countyTeam(), site.docIds().get("qx-zone"), site.today());
    }

    void build(long qingxi, DemoContent.Team team, Long zonePlanId, LocalDate today) {
        if (zonePlanId != null) {
            interpretation(qingxi, team, zonePlanId, today);
        }
        consultation(team, today);
    }

    private void interpretation(long orgId, DemoContent.Team team, long policyId, LocalDate today) {
        Long column = tree.nodesOf(orgId).stream().map(CatalogTree.Entry::node)
                .filter(n -> n.name().equals("义务教育招生入学")).map(n -> n.id()).findFirst().orElse(null);
        String body = String.join("", List.of(
                "<p>问：今年的学区划分有哪些变化？</p>",
                "<p>答：新建的城东小学投入使用，原城关小学学区中东部的三个社区划入城东小学学区，其余学区不变。</p>",
                "<p>问：已经在读的学生需要转学吗？</p>",
                "<p>答：不需要。学区调整只适用于今年入学的一年级新生，在读学生继续在原学校就读。</p>",
                "<p>问：对学区划分有疑问可以向哪里反映？</p>",
                "<p>答：可以向县教育局基础教育股反映，也可以通过本网站依申请公开栏目提出申请。</p>"));
        DocumentContent content = DocumentContent.builder().catalogNodeId(column)
                .title("《清溪县" + today.getYear() + "年义务教育学校学区划分方案》政策问答").issuer("清溪县教育局")
                .writtenDate(today.minusDays(9)).publishDate(today.minusDays(8)).theme("教育").opennessClass("DECISION")
                .keywords("学区 政策解读").disclosure(Disclosure.PROACTIVE).validity(Validity.VALID)
                .summary("基础教育股就今年学区划分方案答问。").bodyHtml(body).build();
        long id = create.create(team.editor(), orgId, content);
        interpretations.link(team.editor(), new InterpretationInput(String.valueOf(id), String.valueOf(policyId), "QA",
                "DEPARTMENT", "清溪县教育局基础教育股", null, null));
        submit.submit(team.editor(), id);
        extras.resolveFindings(team.reviewer(), id);
        review.approve(team.reviewer(), id, "解读与方案一致，同意发布。");
        publish.publishNow(team.publisher(), id);
    }

    private void consultation(DemoContent.Team team, LocalDate today) {
        var opens = today.minusDays(3).atTime(9, 0);
        long id = consultations.create(team.editor(), new ConsultationInput(
                "清溪县中小学课后服务管理办法（征求意见稿）", "基础教育股",
                "为规范全县中小学课后服务，减轻家长负担，根据上级有关规定，县教育局起草了本办法。现公开征求意见，"
                        + "征求意见期限为 33 日。",
                String.join("\n\n", List.of(
                        "第一条 为规范中小学课后服务，制定本办法。",
                        "第二条 课后服务由学校组织，学生自愿参加，每天不少于两小时。",
                        "第三条 课后服务可以收取服务性费用，标准由县发展改革部门会同教育部门核定并公示。",
                        "第四条 本办法自发布之日起施行。")),
                ConsultationInput.LOCAL.format(opens), ConsultationInput.LOCAL.format(opens.plusDays(33)), null,
                List.of("ONLINE", "EMAIL", "MEETING", "HEARING"), "县教育局基础教育股，电子邮件 jcjy@qingxi.example.gov.cn",
                "true", null));
        consultations.publish(team.publisher(), id);
        long first = comments.receive(id, null, "一位家长", null, "建议明确家庭经济困难学生免收课后服务费用。");
        comments.receive(id, null, null, null, "第二条“每天不少于两小时”对低年级学生偏长，建议分年级规定。");
        comments.receive(id, null, null, null, "建议家庭经济困难学生免收课后服务费用。");
        moderation.moderate(team.editor(), id, first, "PUBLISHED");
        hearings.schedule(team.publisher(), id, new org.gongkai.consultation.HearingInput(
                ConsultationInput.LOCAL.format(today.plusDays(14).atTime(9, 30)), "清溪县教育局三楼会议室", "12",
                ConsultationInput.LOCAL.format(today.plusDays(10).atTime(17, 0)),
                "报名人数超过名额时，家长、教师、学校和课后服务机构代表各占三席，各类别内按报名先后确定。"));
        // a second version during the consultation, following the first comment; the comments stay on version 1
        revise.newVersion(team.publisher(), id, "根据收到的意见，第三条增加家庭经济困难学生免收服务性费用的规定。",
                String.join("\n\n", List.of(
                        "第一条 为规范中小学课后服务，制定本办法。",
                        "第二条 课后服务由学校组织，学生自愿参加，每天不少于两小时。",
                        "第三条 课后服务可以收取服务性费用，标准由县发展改革部门会同教育部门核定并公示。"
                                + "家庭经济困难学生免收服务性费用。",
                        "第四条 本办法自发布之日起施行。")));
    }
}
