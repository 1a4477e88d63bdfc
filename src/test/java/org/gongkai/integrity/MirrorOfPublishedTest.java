package org.gongkai.integrity;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public mirror check compares with what is really published, and finds a tampered copy of it. */
@IntegrationTest
class MirrorOfPublishedTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;

    @Test
    void aTamperedCopyOfAPublishedDocumentIsRecognised() throws Exception {
        long org = fixtures.organisation("镜像县教育局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser reviewer = fixtures.staff(org, Role.REVIEWER);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        String body = "<p>各中小学：</p><p>为做好本学年学生资助工作，现将家庭经济困难学生认定办法通知如下。</p>"
                + "<p>一、认定工作坚持公开公平、实事求是的原则，由学校资助工作小组负责组织实施。</p>"
                + "<p>二、学生本人或监护人提出申请，班级评议小组进行民主评议，学校审核后公示五个工作日。</p>"
                + "<p>三、认定结果实行动态管理，每学期复核一次。</p>";
        long id = create.create(editor, org, DocumentContent.builder().title("镜像县关于做好家庭经济困难学生认定工作的通知")
                .documentNumber("镜教〔2026〕8号").issuer("镜像县教育局").writtenDate(LocalDate.of(2026, 9, 1)).theme("资助")
                .opennessClass("SERVICE").keywords("资助 认定").bodyHtml(body).build());
        submit.submit(editor, id);
        review.approve(reviewer, id, null);
        publish.publishNow(publisher, id);

        String copy = "當前位置:首頁 > 通知公告\n鏡像縣關於做好家庭經濟困難學生認定工作的通知🎉🎉\n鏡教〔2026〕8號\n各中小學：\n"
                + "為做好本學年學生資助工作，現將家庭經濟困難學生認定辦法通知如下。\n"
                + "一、認定工作堅持公開公平、實事求是的原則，由學校資助工作小組負責組織實施。😀\n"
                + "二、學生本人或監護人提出申請，班級評議小組進行民主評議，學校審核後公示五個工作日。\n"
                + "三、認定結果實行動態管理，每學期複核一次。\n鏡像縣教育局\n2026年9月1日\n加微信领取彩金 点击进入";
        mvc.perform(post("/mirror-check").param("text", copy).with(csrf()).with(r -> {
                    r.setRemoteAddr("10.200.0." + (id % 250));
                    return r;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/documents/" + id)));
    }
}
