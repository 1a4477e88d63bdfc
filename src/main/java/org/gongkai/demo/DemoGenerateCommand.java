package org.gongkai.demo;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.BenchmarkLoad;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.NewOrganisation;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code demo-generate --documents N}: publishes N synthetic documents in a load-test organisation (created under
 * the top organisation with a catalog, and staff whose passwords are random and never shown), through the same
 * services as staff use: create, submit, approve, publish. {@code --bulk --organisations M} instead makes a
 * benchmark database at database speed ({@link BulkGenerate}, ADR 0054).
 */
@Component
@Command(name = "demo-generate", mixinStandardHelpOptions = true,
        description = {"Publish N generated documents in a load-test organisation (for bench/portal-bench.sh).",
                "With --bulk: make a benchmark database instead: M county bureaus (organisation, catalog: through the"
                        + " services) and N published documents over them, written with COPY in one transaction.",
                "--bulk bypasses review and screening and writes no per-document audit entry, transparency-log leaf,"
                        + " search-index entry or page-cache eviction (one audit entry records the load); build the"
                        + " index with search-reindex or let a node repair it in the background. It refuses a"
                        + " database that has any document or an organisation that is not the benchmark's (ADR 0054)."})
class DemoGenerateCommand implements GongkaiCommand {

    static final String SLUG = "bench";

    @Option(names = "--documents", defaultValue = "10000", description = "how many documents to publish")
    int documents;

    @Option(names = "--bulk", description = "make a fresh benchmark database at database speed (bypasses review)")
    boolean bulk;

    @Option(names = "--organisations", defaultValue = "1000",
            description = "with --bulk: over how many organisations the documents are spread")
    int organisationCount;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the generated content")
    long seed;

    private final OrganisationDirectory directory;
    private final OrganisationRegistry organisations;
    private final StaffRegistry staff;
    private final DemoCatalog demoCatalog;
    private final CatalogTree catalog;
    private final CreateDocument create;
    private final SubmitForReview submit;
    private final ReviewEdition review;
    private final PublishEdition publish;
    private final BulkGenerate bulkGenerate;

    DemoGenerateCommand(OrganisationDirectory directory, OrganisationRegistry organisations, StaffRegistry staff,
                        DemoCatalog demoCatalog, CatalogTree catalog, CreateDocument create, SubmitForReview submit,
                        ReviewEdition review, PublishEdition publish, BulkGenerate bulkGenerate) {
        this.bulkGenerate = bulkGenerate;
        this.directory = directory;
        this.organisations = organisations;
        this.staff = staff;
        this.demoCatalog = demoCatalog;
        this.catalog = catalog;
        this.create = create;
        this.submit = submit;
        this.review = review;
        this.publish = publish;
    }

    @Override
    public String name() {
        return "demo-generate";
    }

    @Override
    public String summary() {
        return "publish N generated documents for load tests";
    }

    @Override
    public Integer call() {
        if (bulk) {
            return bulk();
        }
        Organisation org = directory.findBySlug(SLUG).orElseGet(this::createOrganisation);
        demoCatalog.seed(org.id());
        List<Long> leaves = catalog.nodesOf(org.id()).stream()
                .filter(e -> catalog.children(org.id(), e.node().id()).isEmpty()).map(e -> e.node().id()).toList();
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36);
        StaffUser editor = account(org.id(), "bench-editor-" + tag, Role.EDITOR);
        StaffUser reviewer = account(org.id(), "bench-reviewer-" + tag, Role.REVIEWER);
        StaffUser publisher = account(org.id(), "bench-publisher-" + tag, Role.PUBLISHER);
        long[] nanos = new long[documents];
        long started = System.nanoTime();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("documents").setInitialMax(documents)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(2000).build()) {
            for (int i = 0; i < documents; i++) {
                Long node = leaves.isEmpty() ? null : leaves.get(i % leaves.size());
                long t0 = System.nanoTime();
                long id = create.create(editor, org.id(), SyntheticDocuments.content(seed, i, node, org.name()));
                submit.submit(editor, id);
                review.approve(reviewer, id, null);
                publish.publishNow(publisher, id);
                nanos[i] = System.nanoTime() - t0;
                bar.step();
            }
        }
        System.out.println(PublicationTimes.of(nanos, System.nanoTime() - started).line());
        System.out.println("published " + documents + " documents in /o/" + SLUG);
        return 0;
    }

    private int bulk() {
        if (documents < 1 || organisationCount < 1 || organisationCount > 999_999
                || documents / organisationCount >= 99_999) {
            System.err.println("--bulk needs 1 to 999,999 organisations and fewer than 99,999 documents per organisation");
            return 2;
        }
        Optional<String> refusal = bulkGenerate.refusal();
        if (refusal.isPresent()) {
            System.err.println("refused: " + refusal.get());
            return 3;
        }
        long t0 = System.nanoTime();
        List<BulkGenerate.Site> sites;
        try (ProgressBar bar = bar("organisations", organisationCount)) {
            sites = bulkGenerate.sites(BulkGenerate.TAG, organisationCount, bar::stepBy);
        }
        long t1 = System.nanoTime();
        BenchmarkLoad.Result result;
        try (ProgressBar bar = bar("documents", documents)) {
            result = bulkGenerate.documents(sites, documents, seed, BulkGenerate.TAG, bar::stepBy);
        }
        long t2 = System.nanoTime();
        bulkGenerate.vacuumAnalyze();
        long t3 = System.nanoTime();
        System.out.printf("bulk: %d organisations in %.1f s; %d documents in %.1f s (%.0f docs/s); vacuum analyze %.1f s;"
                        + " database %d MB%n", sites.size(), (t1 - t0) / 1e9, documents, (t2 - t1) / 1e9,
                documents / ((t2 - t1) / 1e9), (t3 - t2) / 1e9, bulkGenerate.databaseSize() / (1024 * 1024));
        // for the benches: the document ids written and the sites' slug prefix (<prefix>-0001 …)
        System.out.println("bulk ids: " + result.firstDocumentId() + " " + result.lastDocumentId() + " sites "
                + BulkGenerate.TAG.toLowerCase());
        System.out.println("the search index is not built: run search-reindex, or a node repairs it in the background");
        return 0;
    }

    private static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(2000).build();
    }

    private Organisation createOrganisation() {
        Long parent = directory.root().map(Organisation::id).orElse(null);
        long id = organisations.create(new NewOrganisation(parent, "BENCH0001", "压测县教育局", OrganisationKind.COUNTY,
                SLUG, 999, null, null,
                new Organisation.DisclosureOffice("压测县教育局办公室", "压测县人民路1号", "工作日 9:00-17:00",
                        "0000-0000000", null, null, null),
                new Organisation.SiteIdentity(null, null, null)), null);
        return directory.get(id);
    }

    private StaffUser account(long orgId, String username, Role role) {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = "Bx1-" + Base64.getUrlEncoder().encodeToString(secret);
        long id = staff.create(orgId, username, username, Set.of(role), password, false, null);
        return new StaffUser(id, username, username, orgId, Set.of(role));
    }
}
