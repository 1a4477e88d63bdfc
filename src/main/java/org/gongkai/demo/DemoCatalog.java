package org.gongkai.demo;

import org.gongkai.catalog.CatalogSeeding;
import org.gongkai.catalog.NodeTemplate;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.OrganisationKind;
import org.springframework.stereotype.Service;

import java.util.List;

import static org.gongkai.catalog.ColumnKind.NEWS;
import static org.gongkai.catalog.ColumnKind.NOTICE;
import static org.gongkai.catalog.ColumnKind.OTHER;
import static org.gongkai.catalog.ColumnKind.POLICY;
import static org.gongkai.catalog.OpennessClass.DECISION;
import static org.gongkai.catalog.OpennessClass.EXECUTION;
import static org.gongkai.catalog.OpennessClass.MANAGEMENT;
import static org.gongkai.catalog.OpennessClass.RESULT;
import static org.gongkai.catalog.OpennessClass.SERVICE;

/**
 * Gives an organisation a realistic catalog for its kind: an education authority gets the usual columns of a
 * bureau's disclosure catalog, a university the ten categories of the 高等学校信息公开事项清单 (教办函〔2014〕23号),
 * a school a small catalog.
 */
@Service
public class DemoCatalog {

    private final OrganisationDirectory directory;
    private final CatalogSeeding seeding;

    DemoCatalog(OrganisationDirectory directory, CatalogSeeding seeding) {
        this.directory = directory;
        this.seeding = seeding;
    }

    /**
     * Creates the demo catalog of the organisation's kind, unless the organisation already has a catalog.
     *
     * @return the number of nodes created (0 when the organisation had a catalog already)
     */
    public int seed(long organisationId) {
        return seeding.seedIfEmpty(organisationId, templateFor(directory.get(organisationId).kind()));
    }

    /** The catalog an organisation of this kind starts with. */
    public static List<NodeTemplate> templateFor(OrganisationKind kind) {
        return switch (kind) {
            case UNIVERSITY -> university();
            case SCHOOL -> school();
            default -> bureau();
        };
    }

    static List<NodeTemplate> bureau() {
        return List.of(
                NodeTemplate.of("机构职能", MANAGEMENT, OTHER,
                        NodeTemplate.of("机构概况", MANAGEMENT, OTHER),
                        NodeTemplate.of("领导信息", MANAGEMENT, OTHER),
                        NodeTemplate.of("内设机构", MANAGEMENT, OTHER)),
                NodeTemplate.of("政策文件", DECISION, POLICY,
                        NodeTemplate.of("规范性文件", DECISION, POLICY),
                        NodeTemplate.of("其他文件", DECISION, POLICY)),
                NodeTemplate.of("政策解读", DECISION, POLICY),
                NodeTemplate.of("规划计划", DECISION, POLICY),
                NodeTemplate.of("财政预决算", RESULT, OTHER,
                        NodeTemplate.of("部门预算", RESULT, OTHER),
                        NodeTemplate.of("部门决算", RESULT, OTHER)),
                NodeTemplate.of("招生考试", SERVICE, NOTICE,
                        NodeTemplate.of("义务教育招生入学", SERVICE, NOTICE),
                        NodeTemplate.of("考试信息", SERVICE, NOTICE)),
                NodeTemplate.of("行政许可", MANAGEMENT, OTHER,
                        NodeTemplate.of("许可事项清单", MANAGEMENT, OTHER),
                        NodeTemplate.of("办事指南", SERVICE, OTHER)),
                NodeTemplate.of("督导评估", RESULT, OTHER),
                NodeTemplate.of("通知公告", EXECUTION, NOTICE),
                NodeTemplate.of("工作动态", EXECUTION, NEWS),
                NodeTemplate.of("人事信息", MANAGEMENT, NOTICE),
                NodeTemplate.of("建议提案办理", RESULT, OTHER),
                NodeTemplate.of("政府信息公开", RESULT, OTHER,
                        NodeTemplate.of("信息公开指南", SERVICE, OTHER),
                        NodeTemplate.of("信息公开制度", MANAGEMENT, POLICY),
                        NodeTemplate.of("信息公开年度报告", RESULT, OTHER)));
    }

    static List<NodeTemplate> university() {
        return List.of(
                NodeTemplate.of("基本信息", MANAGEMENT, OTHER,
                        NodeTemplate.of("学校概况", MANAGEMENT, OTHER),
                        NodeTemplate.of("章程及规章制度", DECISION, POLICY),
                        NodeTemplate.of("教职工代表大会", EXECUTION, OTHER),
                        NodeTemplate.of("学术委员会", EXECUTION, OTHER),
                        NodeTemplate.of("发展规划与年度工作计划", DECISION, POLICY),
                        NodeTemplate.of("信息公开年度报告", RESULT, OTHER)),
                NodeTemplate.of("招生考试", SERVICE, NOTICE,
                        NodeTemplate.of("本科招生章程与计划", SERVICE, NOTICE),
                        NodeTemplate.of("特殊类型招生", SERVICE, NOTICE),
                        NodeTemplate.of("录取信息", RESULT, NOTICE),
                        NodeTemplate.of("研究生招生", SERVICE, NOTICE),
                        NodeTemplate.of("招生咨询与申诉", SERVICE, OTHER)),
                NodeTemplate.of("财务资产及收费", RESULT, OTHER,
                        NodeTemplate.of("财务资产管理制度", MANAGEMENT, POLICY),
                        NodeTemplate.of("预算", RESULT, OTHER),
                        NodeTemplate.of("决算", RESULT, OTHER),
                        NodeTemplate.of("采购与招投标", MANAGEMENT, NOTICE),
                        NodeTemplate.of("收费项目及标准", SERVICE, POLICY)),
                NodeTemplate.of("人事师资", MANAGEMENT, NOTICE,
                        NodeTemplate.of("岗位设置与聘用", MANAGEMENT, POLICY),
                        NodeTemplate.of("干部任免与人员招聘", MANAGEMENT, NOTICE),
                        NodeTemplate.of("校级领导兼职与出国（境）", MANAGEMENT, NOTICE)),
                NodeTemplate.of("教学质量", RESULT, OTHER,
                        NodeTemplate.of("专业设置", MANAGEMENT, OTHER),
                        NodeTemplate.of("本科教学质量报告", RESULT, OTHER),
                        NodeTemplate.of("就业质量年度报告", RESULT, OTHER)),
                NodeTemplate.of("学生管理服务", SERVICE, POLICY,
                        NodeTemplate.of("学籍管理", SERVICE, POLICY),
                        NodeTemplate.of("奖助学金与资助", SERVICE, POLICY),
                        NodeTemplate.of("学生奖惩与申诉", SERVICE, POLICY)),
                NodeTemplate.of("学风建设", MANAGEMENT, POLICY),
                NodeTemplate.of("学位学科", MANAGEMENT, POLICY),
                NodeTemplate.of("对外交流与合作", EXECUTION, OTHER),
                NodeTemplate.of("其他", RESULT, OTHER,
                        NodeTemplate.of("巡视反馈与整改", RESULT, NOTICE),
                        NodeTemplate.of("突发事件应急与处置", MANAGEMENT, NOTICE)));
    }

    static List<NodeTemplate> school() {
        return List.of(
                NodeTemplate.of("学校概况", MANAGEMENT, OTHER),
                NodeTemplate.of("招生入学", SERVICE, NOTICE),
                NodeTemplate.of("收费项目", SERVICE, POLICY),
                NodeTemplate.of("食品安全", MANAGEMENT, NOTICE),
                NodeTemplate.of("安全管理", MANAGEMENT, NOTICE),
                NodeTemplate.of("通知公告", EXECUTION, NOTICE));
    }
}
