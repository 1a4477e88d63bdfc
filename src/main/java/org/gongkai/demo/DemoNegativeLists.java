package org.gongkai.demo;

import org.gongkai.identity.StaffUser;
import org.gongkai.review.NegativeCategory;
import org.gongkai.review.NegativeListDraft;
import org.gongkai.review.NegativeListEditor;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A negative list (负面清单) at every level of the demo: each organisation's security administrator enters what it
 * must not publish, with its legal basis, through the same editor as the admin pages. Organisations below inherit the
 * entries, so a county document is screened against the ministry's, the province's, the city's and its own terms.
 */
@Component
class DemoNegativeLists {

    /** The organisations that get a security administrator of their own (the ministry has one already). */
    static final List<String> LEVELS = List.of("jiangnan", "linjiang", "qingxi");

    private final NegativeListEditor editor;

    DemoNegativeLists(NegativeListEditor editor) {
        this.editor = editor;
    }

    void build(Map<String, StaffUser> securityAdmins, LocalDate today) {
        LocalDate review = today.plusYears(1);
        editor.create(securityAdmins.get("moe"), new NegativeListDraft(NegativeCategory.STATE_SECRET,
                "《中华人民共和国保守国家秘密法》第十三条；《政府信息公开条例》第十四条",
                "国家教育考试启用前的试题、答案和评分参考属于国家秘密，不得公开。",
                List.of("启用前试题", "评分参考答案"), review));
        editor.create(securityAdmins.get("jiangnan"), new NegativeListDraft(NegativeCategory.PERSONAL_PRIVACY,
                "《政府信息公开条例》第十五条；《个人信息保护法》第二十八条",
                "考生个人的各科成绩和体检结论只告知考生本人，不向社会公开。",
                List.of("考生成绩明细", "体检结论表"), review));
        editor.create(securityAdmins.get("linjiang"), new NegativeListDraft(NegativeCategory.INTERNAL_AFFAIRS,
                "《政府信息公开条例》第十六条第一款",
                "教职工年度考核的个人等次和评议意见属于内部管理信息。",
                List.of("考核等次评议表"), review));
        editor.create(securityAdmins.get("qingxi"), new NegativeListDraft(NegativeCategory.PERSONAL_PRIVACY,
                "《政府信息公开条例》第十五条；《学生资助资金管理办法》",
                "家庭经济困难学生的认定材料涉及家庭收入、疾病等隐私，只公示姓名、学校和资助档次。",
                List.of("家庭经济困难认定明细", "/低保证号?[:：]?\\s*\\d+/"), review));
    }
}
