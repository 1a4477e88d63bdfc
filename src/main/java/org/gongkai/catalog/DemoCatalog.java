package org.gongkai.catalog;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.OrganisationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /** A node to create, with the nodes below it. */
    public record Template(String name, OpennessClass opennessClass, ColumnKind columnKind, List<Template> children) {
        static Template of(String name, OpennessClass cls, ColumnKind kind, Template... children) {
            return new Template(name, cls, kind, List.of(children));
        }
    }

    private final OrganisationDirectory directory;
    private final CatalogTree tree;
    private final CatalogEditing editing;

    DemoCatalog(OrganisationDirectory directory, CatalogTree tree, CatalogEditing editing) {
        this.directory = directory;
        this.tree = tree;
        this.editing = editing;
    }

    /**
     * Creates the demo catalog of the organisation's kind, unless the organisation already has a catalog.
     *
     * @return the number of nodes created (0 when the organisation had a catalog already)
     */
    @Transactional
    public int seed(long organisationId) {
        OrganisationKind kind = directory.get(organisationId).kind();
        if (!tree.isEmpty(organisationId)) {
            return 0;
        }
        int created = 0;
        for (Template t : templateFor(kind)) {
            created += create(organisationId, null, t);
        }
        return created;
    }

    private int create(long organisationId, Long parentId, Template t) {
        CatalogNode node = editing.insert(null, organisationId, new NodeDraft(parentId, t.name(),
                t.opennessClass().name(), t.columnKind().name(), CatalogNode.DEFAULT_TIME_LIMIT_DAYS, null));
        int created = 1;
        for (Template child : t.children()) {
            created += create(organisationId, node.id(), child);
        }
        return created;
    }

    /** The catalog an organisation of this kind starts with. */
    public static List<Template> templateFor(OrganisationKind kind) {
        return switch (kind) {
            case UNIVERSITY -> university();
            case SCHOOL -> school();
            default -> bureau();
        };
    }

    static List<Template> bureau() {
        return List.of(
                Template.of("机构职能", MANAGEMENT, OTHER,
                        Template.of("机构概况", MANAGEMENT, OTHER),
                        Template.of("领导信息", MANAGEMENT, OTHER),
                        Template.of("内设机构", MANAGEMENT, OTHER)),
                Template.of("政策文件", DECISION, POLICY,
                        Template.of("规范性文件", DECISION, POLICY),
                        Template.of("其他文件", DECISION, POLICY)),
                Template.of("政策解读", DECISION, POLICY),
                Template.of("规划计划", DECISION, POLICY),
                Template.of("财政预决算", RESULT, OTHER,
                        Template.of("部门预算", RESULT, OTHER),
                        Template.of("部门决算", RESULT, OTHER)),
                Template.of("招生考试", SERVICE, NOTICE,
                        Template.of("义务教育招生入学", SERVICE, NOTICE),
                        Template.of("考试信息", SERVICE, NOTICE)),
                Template.of("行政许可", MANAGEMENT, OTHER,
                        Template.of("许可事项清单", MANAGEMENT, OTHER),
                        Template.of("办事指南", SERVICE, OTHER)),
                Template.of("督导评估", RESULT, OTHER),
                Template.of("通知公告", EXECUTION, NOTICE),
                Template.of("工作动态", EXECUTION, NEWS),
                Template.of("人事信息", MANAGEMENT, NOTICE),
                Template.of("建议提案办理", RESULT, OTHER),
                Template.of("政府信息公开", RESULT, OTHER,
                        Template.of("信息公开指南", SERVICE, OTHER),
                        Template.of("信息公开制度", MANAGEMENT, POLICY),
                        Template.of("信息公开年度报告", RESULT, OTHER)));
    }

    static List<Template> university() {
        return List.of(
                Template.of("基本信息", MANAGEMENT, OTHER,
                        Template.of("学校概况", MANAGEMENT, OTHER),
                        Template.of("章程及规章制度", DECISION, POLICY),
                        Template.of("教职工代表大会", EXECUTION, OTHER),
                        Template.of("学术委员会", EXECUTION, OTHER),
                        Template.of("发展规划与年度工作计划", DECISION, POLICY),
                        Template.of("信息公开年度报告", RESULT, OTHER)),
                Template.of("招生考试", SERVICE, NOTICE,
                        Template.of("本科招生章程与计划", SERVICE, NOTICE),
                        Template.of("特殊类型招生", SERVICE, NOTICE),
                        Template.of("录取信息", RESULT, NOTICE),
                        Template.of("研究生招生", SERVICE, NOTICE),
                        Template.of("招生咨询与申诉", SERVICE, OTHER)),
                Template.of("财务资产及收费", RESULT, OTHER,
                        Template.of("财务资产管理制度", MANAGEMENT, POLICY),
                        Template.of("预算", RESULT, OTHER),
                        Template.of("决算", RESULT, OTHER),
                        Template.of("采购与招投标", MANAGEMENT, NOTICE),
                        Template.of("收费项目及标准", SERVICE, POLICY)),
                Template.of("人事师资", MANAGEMENT, NOTICE,
                        Template.of("岗位设置与聘用", MANAGEMENT, POLICY),
                        Template.of("干部任免与人员招聘", MANAGEMENT, NOTICE),
                        Template.of("校级领导兼职与出国（境）", MANAGEMENT, NOTICE)),
                Template.of("教学质量", RESULT, OTHER,
                        Template.of("专业设置", MANAGEMENT, OTHER),
                        Template.of("本科教学质量报告", RESULT, OTHER),
                        Template.of("就业质量年度报告", RESULT, OTHER)),
                Template.of("学生管理服务", SERVICE, POLICY,
                        Template.of("学籍管理", SERVICE, POLICY),
                        Template.of("奖助学金与资助", SERVICE, POLICY),
                        Template.of("学生奖惩与申诉", SERVICE, POLICY)),
                Template.of("学风建设", MANAGEMENT, POLICY),
                Template.of("学位学科", MANAGEMENT, POLICY),
                Template.of("对外交流与合作", EXECUTION, OTHER),
                Template.of("其他", RESULT, OTHER,
                        Template.of("巡视反馈与整改", RESULT, NOTICE),
                        Template.of("突发事件应急与处置", MANAGEMENT, NOTICE)));
    }

    static List<Template> school() {
        return List.of(
                Template.of("学校概况", MANAGEMENT, OTHER),
                Template.of("招生入学", SERVICE, NOTICE),
                Template.of("收费项目", SERVICE, POLICY),
                Template.of("食品安全", MANAGEMENT, NOTICE),
                Template.of("安全管理", MANAGEMENT, NOTICE),
                Template.of("通知公告", EXECUTION, NOTICE));
    }
}
