package org.gongkai.demo;

import org.gongkai.document.CreateDocument;
import org.gongkai.document.Disclosure;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentKind;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.DocumentView;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SaveDraft;
import org.gongkai.document.StartNewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
import org.gongkai.document.WithdrawOrRemove;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.OneTimePasswords;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.PasswordPolicy;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.identity.StaffUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gongkai.platform.Zones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * At the first start on an empty database (and unless GONGKAI_DEMO=false), builds the demo: the organisation tree,
 * demo staff with one-time passwords, negative lists, documents taken through the real workflow (draft, review,
 * publication), applications in every state and last year's annual report. Every date is counted back from the day
 * it runs, so the demo is as fresh on any day as on the first.
 * All of it is one transaction, with the passwords written to the data directory just before it commits: a start
 * that dies half-way leaves an empty database, and the next start builds the whole demo again.
 * Whether to build ({@code gongkai.demo}, and never in an operator command, {@code gongkai.cli}) is decided when it
 * runs, not by a condition: Spring AOT fixes {@code @Conditional} decisions at build time (ADR 0035).
 */
@Component
@Order(5)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final OrganisationDirectory directory;
    private final OrganisationRegistry organisations;
    private final StaffRegistry staff;
    private final CreateDocument create;
    private final SaveDraft save;
    private final SubmitForReview submit;
    private final ReviewEdition review;
    private final PublishEdition publish;
    private final StartNewEdition newEdition;
    private final WithdrawOrRemove withdraw;
    private final DemoExtras extras;
    private final DocumentQueries documents;
    private final OneTimePasswords oneTimePasswords;
    private final TransactionTemplate transaction;
    private final DemoNegativeLists negativeLists;
    private final Clock clock;
    private final List<DemoPart> parts;
    private final boolean enabled;

    DemoContent(OrganisationDirectory directory, OrganisationRegistry organisations, StaffRegistry staff, CreateDocument create,
                SaveDraft save, SubmitForReview submit, ReviewEdition review, PublishEdition publish,
                StartNewEdition newEdition, WithdrawOrRemove withdraw, DemoExtras extras, DocumentQueries documents,
                OneTimePasswords oneTimePasswords, TransactionTemplate transaction, DemoNegativeLists negativeLists,
                Clock clock, List<DemoPart> parts, @Value("${gongkai.demo:true}") boolean demo,
                @Value("${gongkai.cli:false}") boolean operatorCommand) {
        this.directory = directory;
        this.organisations = organisations;
        this.staff = staff;
        this.create = create;
        this.save = save;
        this.submit = submit;
        this.review = review;
        this.publish = publish;
        this.newEdition = newEdition;
        this.withdraw = withdraw;
        this.extras = extras;
        this.documents = documents;
        this.oneTimePasswords = oneTimePasswords;
        this.transaction = transaction;
        this.negativeLists = negativeLists;
        this.clock = clock;
        this.parts = List.copyOf(parts);
        this.enabled = demo && !operatorCommand;
    }

    /** The three people who take a document through the workflow in one organisation. */
    record Team(StaffUser editor, StaffUser reviewer, StaffUser publisher) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        transaction.executeWithoutResult(status -> build());
    }

    private void build() {
        if (directory.root().isPresent()) {
            return;
        }
        log.info("empty database: building the demo content");
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        Map<String, Long> orgIds = new LinkedHashMap<>();
        int position = 0;
        for (DemoOrganisations.Entry e : DemoOrganisations.tree()) {
            Long parent = e.parentKey() == null ? null : orgIds.get(e.parentKey());
            orgIds.put(e.key(), organisations.create(e.toNew(parent, position++), null));
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        Map<String, Team> teams = new HashMap<>();
        for (String key : orgIds.keySet()) {
            teams.put(key, team(key, orgIds.get(key), passwords));
        }
        Map<String, StaffUser> security = new LinkedHashMap<>();
        security.put("moe", account(orgIds.get("moe"), "security", "安全保密管理员（演示）", Role.SECURITY_ADMIN, passwords));
        account(orgIds.get("moe"), "auditor", "安全审计员（演示）", Role.AUDIT_ADMIN, passwords);
        StaffUser officer = account(orgIds.get("qingxi"), "qingxi-officer", "清溪县依申请公开经办人（演示）",
                Role.DISCLOSURE_OFFICER, passwords);
        for (String key : DemoNegativeLists.LEVELS) {
            security.put(key, account(orgIds.get(key), key + "-security", "安全保密管理员（演示）", Role.SECURITY_ADMIN, passwords));
        }
        negativeLists.build(security, today);
        extras.beforeDocuments(orgIds);
        Map<String, Long> docIds = new HashMap<>();
        for (DemoDocuments.Doc d : DemoDocuments.all(today)) {
            docIds.put(d.key(), document(d, orgIds.get(d.orgKey()), teams.get(d.orgKey())));
        }
        for (DemoDocuments.Doc d : DemoDocuments.all(today)) {
            if (d.replaces() != null) {
                markRevised(docIds.get(d.replaces()), docIds.get(d.key()), teams.get(d.orgKey()));
            }
        }
        extras.afterDocuments(orgIds, teams);
        long documentsDone = System.nanoTime();
        Map<String, String> orgNames = new LinkedHashMap<>();
        orgIds.forEach((key, id) -> orgNames.put(key, directory.get(id).name()));
        DemoSite site = new DemoSite(orgIds, orgNames, teams, docIds, officer, today);
        Map<String, Long> partMillis = new LinkedHashMap<>();
        for (DemoPart part : parts) {
            long partStarted = System.nanoTime();
            part.build(site);
            partMillis.put(part.getClass().getSimpleName(), millis(partStarted, System.nanoTime()));
        }
        oneTimePasswords.hand("Gongkai demo content created: demo staff accounts", passwords);
        log.info("demo content built in {} ms (organisations, accounts and documents {} ms; parts {})",
                millis(started, System.nanoTime()), millis(started, documentsDone), partMillis);
        log.info(DemoGuide.text(oneTimePasswords.file()));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private Team team(String key, long orgId, Map<String, String> passwords) {
        return new Team(account(orgId, key + "-editor", "编辑（演示）", Role.EDITOR, passwords),
                account(orgId, key + "-reviewer", "审核人（演示）", Role.REVIEWER, passwords),
                account(orgId, key + "-publisher", "发布人（演示）", Role.PUBLISHER, passwords));
    }

    private StaffUser account(long orgId, String username, String name, Role role, Map<String, String> passwords) {
        String password = PasswordPolicy.generate();
        long id = staff.create(orgId, username, name, Set.of(role), password, true, null);
        passwords.put(username, password);
        return new StaffUser(id, username, name, orgId, Set.of(role));
    }

    private long document(DemoDocuments.Doc d, long orgId, Team team) {
        String issuer = directory.get(orgId).name();
        String body = d.paragraphs().stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining());
        DocumentContent content = DocumentContent.builder().catalogNodeId(extras.catalogNodeFor(orgId, d))
                .title(d.title()).documentNumber(d.number()).issuer(issuer).writtenDate(d.written())
                .publishDate(d.published()).theme(d.theme()).opennessClass(d.openness()).keywords(d.keywords())
                .disclosure(Disclosure.PROACTIVE).validity(Validity.VALID).summary(d.summary()).bodyHtml(body)
                .kind("规范性文件".equals(d.column()) ? DocumentKind.NORMATIVE : DocumentKind.OTHER)
                .build();
        long id = create.create(team.editor(), orgId, content);
        if (d.stage() == DemoDocuments.Stage.DRAFT) {
            return id;
        }
        submit.submit(team.editor(), id);
        if (d.stage() == DemoDocuments.Stage.IN_REVIEW) {
            return id;
        }
        extras.resolveFindings(team.reviewer(), id);
        review.approve(team.reviewer(), id, "经审核，内容不涉及国家秘密、商业秘密和个人隐私，同意发布。");
        publish.publishNow(team.publisher(), id);
        if (d.stage() == DemoDocuments.Stage.WITHDRAWN) {
            withdraw.withdraw(team.publisher(), id, "收费标准将根据省级新文件调整，原公示撤回，调整后重新公示。");
        }
        return id;
    }

    /** The old document gets a new edition marked 已修订 with a link to its replacement, reviewed and published. */
    private void markRevised(long oldId, long newId, Team team) {
        newEdition.start(team.editor(), oldId);
        DocumentView view = documents.view(team.editor(), oldId);
        DocumentContent c = view.workingRevision().orElseThrow().content();
        DocumentContent revised = c.toBuilder().validity(Validity.REVISED).replacedByDocumentId(newId).build();
        save.save(team.editor(), oldId, view.working().orElseThrow().lockVersion(), revised);
        submit.submit(team.editor(), oldId);
        extras.resolveFindings(team.reviewer(), oldId);
        review.approve(team.reviewer(), oldId, "同意标注为已修订。");
        publish.publishNow(team.publisher(), oldId);
    }
}
