package org.gongkai.demo;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gongkai.catalog.CatalogTree;
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
import java.util.Set;

/**
 * {@code demo-generate --documents N}: publishes N synthetic documents in a load-test organisation (created under
 * the top organisation with a catalog, and staff whose passwords are random and never shown), through the same
 * services as staff use: create, submit, approve, publish.
 */
@Component
@Command(name = "demo-generate", mixinStandardHelpOptions = true,
        description = "Publish N generated documents in a load-test organisation (for bench/portal-bench.sh).")
class DemoGenerateCommand implements GongkaiCommand {

    static final String SLUG = "bench";

    @Option(names = "--documents", defaultValue = "10000", description = "how many documents to publish")
    int documents;

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

    DemoGenerateCommand(OrganisationDirectory directory, OrganisationRegistry organisations, StaffRegistry staff,
                        DemoCatalog demoCatalog, CatalogTree catalog, CreateDocument create, SubmitForReview submit,
                        ReviewEdition review, PublishEdition publish) {
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
