package org.gongkai.demo;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.OpennessClass;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoCatalogTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationRegistry organisations;
    @Autowired StaffRegistry staffRegistry;
    @Autowired DemoCatalog demo;
    @Autowired CatalogTree tree;

    @Test
    void aUniversityGetsTheTenCategoriesOfTheDisclosureList() {
        long university = new StaffFixtures(organisations, staffRegistry, mvc).organisation(null, OrganisationKind.UNIVERSITY);
        int created = demo.seed(university);
        List<String> top = tree.children(university, null).stream().map(CatalogNode::name).toList();
        assertThat(top).containsExactly("基本信息", "招生考试", "财务资产及收费", "人事师资", "教学质量", "学生管理服务",
                "学风建设", "学位学科", "对外交流与合作", "其他");
        assertThat(created).isEqualTo(tree.nodesOf(university).size()).isGreaterThan(10);
        assertThat(tree.nodesOf(university)).anyMatch(e -> e.depth() == 1 && e.node().name().equals("信息公开年度报告"));
        assertThat(demo.seed(university)).isZero();
    }

    @Test
    void aBureauAndASchoolGetCatalogsOfTheirKind() {
        StaffFixtures f = new StaffFixtures(organisations, staffRegistry, mvc);
        long bureau = f.organisation(null, OrganisationKind.COUNTY);
        long school = f.organisation(bureau, OrganisationKind.SCHOOL);
        demo.seed(bureau);
        demo.seed(school);
        assertThat(tree.children(bureau, null)).extracting(CatalogNode::name)
                .contains("机构职能", "政策文件", "财政预决算", "通知公告", "工作动态", "建议提案办理");
        assertThat(tree.children(bureau, null)).filteredOn(n -> n.name().equals("工作动态"))
                .allMatch(n -> n.columnKind() == ColumnKind.NEWS && n.opennessClass() == OpennessClass.EXECUTION);
        assertThat(tree.children(school, null)).extracting(CatalogNode::name)
                .containsExactly("学校概况", "招生入学", "收费项目", "食品安全", "安全管理", "通知公告");
    }
}
