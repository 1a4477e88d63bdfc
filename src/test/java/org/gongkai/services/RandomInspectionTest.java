package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.DatabaseOwner;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 双随机、一公开 end to end: a draw re-run outside the application by {@code tools/VerifyDraw.java} from the published
 * registers; a draw refused when the registers changed after their hash was published; the seed's time rules; each
 * role's pages, 400s with field messages, 403/404, CSRF; hostile text kept inert; and nothing unpublished (draft
 * plans, contact columns, unpublished results) reaching a public page, a register file or the sitemap.
 */
@IntegrationTest
class RandomInspectionTest {

    static final String ENTITIES = """
            9136010001,清溪县第一中学,高中,清溪镇人民路 1 号,王老师 13811112222
            9136010002,清溪县第二中学,初中,清溪镇建设路 8 号,
            9136010003,清溪县实验小学,小学,,
            9136010004,清溪县城关小学,小学,城关镇,李老师 0791-1234567
            9136010005,清溪县新区小学,小学,,
            9136010006,清溪县幼儿园,幼儿园,,
            9136010007,清溪县职业中学,中职,,
            9136010008,清溪县特殊教育学校,特教,,
            """;
    static final String INSPECTORS = """
            ZF-001,张一,清溪县教育局,13900001111
            ZF-002,李二,清溪县教育局,
            ZF-003,王三,清溪县教育局督导室,
            ZF-004,赵四,清溪县教育局,
            """;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageInspections manage;
    @Autowired RandomInspectionStore store;
    @Autowired JdbcClient jdbc;
    @Autowired DatabaseOwner owner;
    @Autowired OrganisationDirectory organisations;

    record World(long org, String slug, StaffUser editor, StaffUser publisher) {
    }

    World world(String name) {
        long org = fixtures.organisation(name);
        return new World(org, organisations.get(org).slug(), fixtures.staff(org, Role.EDITOR),
                fixtures.staff(org, Role.PUBLISHER));
    }

    static PlanForm form(String title, Instant seedAt) {
        return new PlanForm(title, "对全县学校办学行为的随机抽查。", "25", "2", "中国福利彩票双色球第 2026140 期开奖号码",
                seedAt == null ? null : LocalDateTime.ofInstant(seedAt, org.gongkai.platform.Zones.CHINA).toString(),
                "2026-12-31", null);
    }

    /** A plan with matters and both registers, its registers published with a seed an hour away. */
    long frozenPlan(World w, String title) {
        long id = manage.create(w.editor(), form(title, Instant.now().plus(Duration.ofHours(1))));
        manage.addMatter(w.editor(), id, "办学行为规范情况", "《中华人民共和国教育法》");
        manage.putEntities(w.editor(), id, ENTITIES, false);
        manage.putInspectors(w.editor(), id, INSPECTORS, false);
        manage.publishRegisters(w.publisher(), id);
        return id;
    }

    @Test
    void aDrawIsReproducedOutsideTheApplicationFromThePublishedRegisters(@TempDir Path dir) throws Exception {
        World w = world("双随机复算局");
        long id = frozenPlan(w, "2026 年学校办学行为抽查");
        manage.draw(w.publisher(), id, "03 09 18 26 34 41 / 12", Instant.now().plus(Duration.ofHours(2)));
        InspectionPlan plan = store.find(id).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAWN);
        assertThat(plan.seedKey()).isEqualTo("3.9.18.26.34.41./12./");
        List<DrawnEntity> drawn = store.drawn(id, false);
        assertThat(drawn).hasSize(2); // 25 % of 8
        assertThat(drawn).allSatisfy(d -> assertThat(d.inspectors()).hasSize(2));

        byte[] entities = mvc.perform(get("/inspections/" + id + "/entities.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] inspectors = mvc.perform(get("/inspections/" + id + "/inspectors.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(RegisterCsv.sha256(entities)).isEqualTo(plan.entitiesSha256());
        assertThat(RegisterCsv.sha256(inspectors)).isEqualTo(plan.inspectorsSha256());
        String publicCsv = new String(entities, StandardCharsets.UTF_8) + new String(inspectors, StandardCharsets.UTF_8);
        assertThat(publicCsv).contains("清溪县第一中学", "张一").doesNotContain("13811112222", "王老师", "13900001111");

        Path e = Files.write(dir.resolve("entities.csv"), entities);
        Path i = Files.write(dir.resolve("inspectors.csv"), inspectors);
        List<String> out = runTool(e, i, plan.ratioPercent(), "2", plan.seedValues());
        assertThat(out).contains("entities sha256   " + plan.entitiesSha256(),
                "inspectors sha256 " + plan.inspectorsSha256(), "key               3.9.18.26.34.41./12./");
        List<String> expected = new ArrayList<>();
        for (DrawnEntity d : drawn) {
            expected.add(d.position() + "\t" + d.entity().code() + "\t" + d.entity().name() + "\t"
                    + String.join(",", d.inspectors().stream().map(RegisteredInspector::badge).toList()));
        }
        assertThat(out.subList(3, out.size())).isEqualTo(expected);

        // the public re-run page agrees, and a different seed gives a different selection
        mvc.perform(get("/inspections/" + id + "/verify")).andExpect(status().isOk())
                .andExpect(content().string(containsString("重新计算的结果与公布的抽取结果一致")))
                .andExpect(content().string(containsString("与抽取前公布的一致")));
        // the program offered for download is the one in tools/ (copied into the jar by the build)
        mvc.perform(get("/tools/VerifyDraw.java")).andExpect(status().isOk())
                .andExpect(content().bytes(Files.readAllBytes(Path.of("tools/VerifyDraw.java"))));
    }

    @Test
    void aDrawWhoseRegistersChangedAfterTheirHashIsRefused() throws Exception {
        World w = world("双随机篡改局");
        long id = frozenPlan(w, "篡改的名录");
        long entityId = store.entities(id).get(0).id();
        // the application cannot change a published register
        assertThatThrownBy(() -> jdbc.sql("update svc_entity set name = '替换的学校' where id = ?").param(entityId).update())
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> manage.putEntities(w.editor(), id, "9136010099,新学校", false))
                .isInstanceOf(ConflictException.class).hasMessage("svc.error.notDraft");
        // someone with the owner's access switches the trigger off and edits behind the application's back
        JdbcClient o = owner.jdbc();
        o.sql("alter table svc_entity disable trigger svc_entity_frozen").update();
        try {
            o.sql("update svc_entity set name = '替换的学校' where id = ?").param(entityId).update();
        } finally {
            o.sql("alter table svc_entity enable trigger svc_entity_frozen").update();
        }
        assertThatThrownBy(() -> manage.draw(w.publisher(), id, "1 2 3", Instant.now().plus(Duration.ofHours(2))))
                .isInstanceOf(ConflictException.class).hasMessage("svc.error.registersChanged");
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(PlanStatus.FROZEN);
        assertThat(jdbc.sql("select count(*) from svc_draw_entity where plan_id = ?").param(id).query(Long.class).single()).isZero();
        mvc.perform(get("/inspections/" + id + "/verify").param("seed", "1 2 3")).andExpect(status().isOk())
                .andExpect(content().string(containsString("不一致")));
    }

    @Test
    void theSeedMustBeUnknownWhenTheRegistersArePublishedAndKnownWhenDrawn() {
        World w = world("双随机时间局");
        long past = manage.create(w.editor(), form("已知的随机数", Instant.now().minus(Duration.ofHours(1))));
        manage.addMatter(w.editor(), past, "事项", null);
        manage.putEntities(w.editor(), past, ENTITIES, false);
        manage.putInspectors(w.editor(), past, INSPECTORS, false);
        assertThatThrownBy(() -> manage.publishRegisters(w.publisher(), past)).hasMessage("svc.error.seedKnown");
        long none = manage.create(w.editor(), form("没有来源", null));
        assertThatThrownBy(() -> manage.publishRegisters(w.publisher(), none)).hasMessage("svc.error.noSeedSource");

        long id = frozenPlan(w, "等待随机数");
        assertThatThrownBy(() -> manage.draw(w.publisher(), id, "1 2 3")).hasMessage("svc.error.seedNotYet");
        assertThatThrownBy(() -> manage.draw(w.publisher(), id, "1 x", Instant.now().plus(Duration.ofHours(2))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> manage.draw(w.editor(), id, "1 2", Instant.now().plus(Duration.ofHours(2))))
                .hasMessageContaining("access.role");
        manage.draw(w.publisher(), id, "1 2", Instant.now().plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> manage.draw(w.publisher(), id, "1 2", Instant.now().plus(Duration.ofHours(3))))
                .hasMessage("svc.error.drawn");
        assertThatThrownBy(() -> jdbc.sql("delete from svc_draw_entity where plan_id = ?").param(id).update())
                .hasMessageContaining("cannot change");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'services.plan.draw' and target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void staffPagesFormsAndTheirRefusals() throws Exception {
        World w = world("双随机后台局");
        World other = world("双随机他局");
        mvc.perform(get("/admin/services/inspections").with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有抽查计划")));
        mvc.perform(post("/admin/services/inspections").param("title", "").param("ratioPercent", "abc")
                        .param("inspectorsPerEntity", "9").param("seedAvailableAt", "明天")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("0.01 至 100")))
                .andExpect(content().string(containsString("1 至 5 之间的整数")))
                .andExpect(content().string(containsString("年-月-日 时:分")));
        mvc.perform(post("/admin/services/inspections").param("title", "无令牌").param("ratioPercent", "5")
                .param("inspectorsPerEntity", "2").with(fixtures.as(w.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/inspections").param("title", "发布人员不能新建").param("ratioPercent", "5")
                .param("inspectorsPerEntity", "2").with(csrf()).with(fixtures.as(w.publisher()))).andExpect(status().isForbidden());

        String location = mvc.perform(post("/admin/services/inspections").param("title", "页面新建的计划")
                        .param("ratioPercent", "50").param("inspectorsPerEntity", "1")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll(".*/inspections/(\\d+).*", "$1"));
        mvc.perform(post("/admin/services/inspections/" + id + "/entities").param("entities", "9136010001,甲校\nbad code!,乙校")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("问题出在第 2 行")))
                .andExpect(content().string(containsString("1 至 40 位字母")));
        mvc.perform(post("/admin/services/inspections/" + id + "/entities").param("entities", "9136010001,=HYPERLINK(1)")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不能以 = + - @ 开头")));
        mvc.perform(post("/admin/services/inspections/" + id + "/entities").param("entities", "9136010001,<script>alert(1)</script>校,,,<b>联系</b>")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/services/inspections/" + id).with(fixtures.as(w.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;校")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/admin/services/inspections?sort=title&dir=asc").with(fixtures.as(w.publisher())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面新建的计划")));

        // another organisation's staff: 403 to read or change, 404 for what does not exist
        mvc.perform(get("/admin/services/inspections/" + id).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/inspections/" + id + "/matters").param("name", "越权")
                .with(csrf()).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/services/inspections/" + id + "/publish-registers")
                .with(csrf()).with(fixtures.as(other.publisher()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/inspections?org=" + w.org()).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/inspections/99999999").with(fixtures.as(w.editor()))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/services/inspections?status=NOPE").with(fixtures.as(w.editor()))).andExpect(status().isBadRequest());

        // a higher level reads its county's plans but does not change them
        long province = fixtures.organisation("双随机省厅");
        long county = fixtures.organisation("双随机县局", province);
        StaffUser countyEditor = fixtures.staff(county, Role.EDITOR);
        StaffUser provincial = fixtures.staff(province, Role.EDITOR, Role.PUBLISHER);
        long countyPlan = manage.create(countyEditor, form("县级计划", null));
        mvc.perform(get("/admin/services/inspections/" + countyPlan).with(fixtures.as(provincial))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("添加事项"))));
        mvc.perform(post("/admin/services/inspections/" + countyPlan + "/matters").param("name", "上级")
                .with(csrf()).with(fixtures.as(provincial))).andExpect(status().isForbidden());
    }

    @Test
    void nothingUnpublishedReachesThePublic() throws Exception {
        World w = world("双随机公开局");
        long draft = manage.create(w.editor(), form("尚未公布的计划", Instant.now().plus(Duration.ofHours(1))));
        manage.putEntities(w.editor(), draft, "9136019999,草稿学校,,,赵老师 13722223333", false);
        for (String path : List.of("/inspections/" + draft, "/inspections/" + draft + "/entities.csv",
                "/inspections/" + draft + "/inspectors.csv", "/inspections/" + draft + "/verify")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/o/" + w.slug() + "/inspections")).andExpect(status().isOk())
                .andExpect(content().string(containsString("暂无公开的抽查计划")))
                .andExpect(content().string(not(containsString("尚未公布的计划"))));
        mvc.perform(get("/o/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/o/" + w.slug() + "/inspections"))));

        long id = frozenPlan(w, "公开的计划");
        mvc.perform(get("/o/" + w.slug() + "/inspections")).andExpect(status().isOk())
                .andExpect(content().string(containsString("公开的计划")))
                .andExpect(content().string(not(containsString("尚未公布的计划"))));
        mvc.perform(get("/o/" + w.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/o/" + w.slug() + "/inspections")));
        mvc.perform(get("/inspections/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("清溪县第一中学")))
                .andExpect(content().string(containsString("等待随机数公布")))
                .andExpect(content().string(not(containsString("13811112222"))))
                .andExpect(content().string(not(containsString("王老师"))))
                .andExpect(content().string(not(containsString("13900001111"))));
        mvc.perform(get("/api/v1/public/inspections/plans/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/inspections/plans/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString(store.find(id).orElseThrow().entitiesSha256())))
                .andExpect(content().string(containsString("清溪县第一中学")))
                .andExpect(content().string(not(containsString("13811112222"))))
                .andExpect(content().string(not(containsString("13900001111"))));
        mvc.perform(get("/api/v1/public/inspections/" + w.slug() + "/plans")).andExpect(status().isOk())
                .andExpect(content().string(containsString("公开的计划")))
                .andExpect(content().string(not(containsString("尚未公布的计划"))));
        mvc.perform(get("/o/" + w.slug() + "/inspections/feed.atom").accept("application/atom+xml")).andExpect(status().isOk())
                .andExpect(content().string(containsString(store.find(id).orElseThrow().inspectorsSha256())))
                .andExpect(content().string(not(containsString("尚未公布的计划"))));
        String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("/inspections/" + id + "<").doesNotContain("/inspections/" + draft + "<");

        manage.draw(w.publisher(), id, "5 6 7", Instant.now().plus(Duration.ofHours(2)));
        DrawnEntity first = store.drawn(id, false).get(0);
        manage.recordResult(w.editor(), id, first.entity().id(), "2026-12-01", "PROBLEMS",
                "食堂台账<img src=x onerror=alert(1)>不全", "责令整改", null);
        mvc.perform(get("/inspections/" + id)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("食堂台账"))))
                .andExpect(content().string(containsString("待公布")));
        assertThatThrownBy(() -> manage.recordResult(w.editor(), id, store.entities(id).stream()
                .filter(e -> store.drawn(id, false).stream().noneMatch(d -> d.entity().id() == e.id()))
                .findFirst().orElseThrow().id(), "2026-12-01", "NO_PROBLEM", null, null, null))
                .hasMessageContaining("drawn entity");
        assertThatThrownBy(() -> manage.recordResult(w.editor(), id, first.entity().id(), "2026-12-01", "PROBLEMS",
                null, null, null)).isInstanceOf(InvalidInputException.class);
        // the staff form comes back with the typed text and a message at the field the summary links to
        mvc.perform(post("/admin/services/inspections/" + id + "/results/" + first.entity().id())
                        .param("inspectedOn", "2026-12-02").param("outcome", "PROBLEMS").param("problems", "刚填写的问题")
                        .with(csrf()).with(fixtures.as(w.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("发现问题时请填写处理措施")))
                .andExpect(content().string(containsString("href=\"#measures\"")))
                .andExpect(content().string(containsString("id=\"measures\"")))
                .andExpect(content().string(containsString("刚填写的问题")));
        mvc.perform(get("/api/v1/public/inspections/plans/" + id)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("食堂台账"))));
        manage.publishResults(w.publisher(), id);
        mvc.perform(get("/api/v1/public/inspections/plans/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("食堂台账")));
        mvc.perform(get("/inspections/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("食堂台账&lt;img src=x onerror=alert(1)&gt;不全")))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("责令整改")));
        assertThatThrownBy(() -> manage.publishResults(w.publisher(), id)).hasMessage("svc.error.noResults");
    }

    private static List<String> runTool(Path entities, Path inspectors, String ratio, String per, String seed)
            throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8", Path.of("tools/VerifyDraw.java").toAbsolutePath().toString(),
                entities.toString(), inspectors.toString(), ratio, per, seed).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    @Autowired org.gongkai.transparency.CommitmentLog commitments;

    /** ADR 0045: the registers' hashes are a COMMITMENT leaf of the transparency log before the seed can be known. */
    @Test
    void theRegistersHashesAreInTheTransparencyLogBeforeTheDraw() throws Exception {
        World w = world("双随机日志局");
        long id = frozenPlan(w, "记入透明日志的计划");
        InspectionPlan p = store.find(id).orElseThrow();
        org.gongkai.transparency.CommitmentLog.Logged leaf = commitments.find("svc-plan/" + id).orElseThrow();
        assertThat(leaf.loggedAt()).isBefore(p.seedAvailableAt());
        // the statement on the public page hashes to the leaf's content hash
        String page = mvc.perform(get("/inspections/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String statement = org.jsoup.Jsoup.parse(page).selectFirst("pre.svc-statement").wholeText();
        assertThat(statement).contains(p.entitiesSha256()).contains(p.inspectorsSha256()).contains(p.seedSource());
        assertThat(java.util.HexFormat.of().formatHex(org.gongkai.transparency.CommitmentLog.sha256(statement)))
                .isEqualTo(leaf.statementSha256());
        assertThat(page).contains("第 " + leaf.leafIndex() + " 条记录");
        Map<String, Object> row = jdbc.sql("select kind, document_id, index_number from log_leaf where index = ?")
                .param(leaf.leafIndex()).query().singleRow();
        assertThat(row).containsEntry("kind", "COMMITMENT").containsEntry("document_id", 0L)
                .containsEntry("index_number", "svc-plan/" + id);
        mvc.perform(get("/api/v1/public/transparency/proof/inclusion?leaf=" + leaf.leafIndex()))
                .andExpect(status().isOk());
        // a plan is committed once
        assertThatThrownBy(() -> commitments.append("svc-plan/" + id, "again")).isInstanceOf(IllegalStateException.class);
    }
}
