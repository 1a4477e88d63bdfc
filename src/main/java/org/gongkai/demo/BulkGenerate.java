package org.gongkai.demo;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.BenchmarkLoad;
import org.gongkai.document.DocumentContent;
import org.gongkai.identity.NewOrganisation;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffRegistry;
import org.gongkai.platform.DatabaseOwner;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A benchmark database at database speed (ADR 0054): {@code organisations} county bureaus under one bench province,
 * created through the real services (organisation, catalog), then {@code documents} published documents of
 * {@link SyntheticDocuments}' shapes spread over them round-robin, written by {@link BenchmarkLoad} (COPY, one
 * transaction). What it leaves out — review, screening, per-document audit entries and transparency leaves, the
 * search index (a node repairs it in the background, or {@code search-reindex}) — is said in ADR 0054.
 */
@Component
class BulkGenerate {

    /** The code prefix of the organisations of the benchmark database the command makes. */
    static final String TAG = "BLK";
    /** The first-start administrators' root organisation, which a fresh database may have. */
    private static final String FIRST_START_ROOT = "000000000";

    record Site(long organisationId, String name, List<Long> leaves) {
    }

    record Outcome(int organisations, long documents, Duration organisationsTook, Duration documentsTook) {
    }

    private final OrganisationDirectory directory;
    private final OrganisationRegistry organisations;
    private final StaffRegistry staff;
    private final DemoCatalog demoCatalog;
    private final CatalogTree catalog;
    private final BenchmarkLoad load;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DatabaseOwner owner;

    BulkGenerate(OrganisationDirectory directory, OrganisationRegistry organisations, StaffRegistry staff,
                 DemoCatalog demoCatalog, CatalogTree catalog, BenchmarkLoad load, JdbcClient jdbc,
                 TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
                 DatabaseOwner owner) {
        this.owner = owner;
        this.directory = directory;
        this.organisations = organisations;
        this.staff = staff;
        this.demoCatalog = demoCatalog;
        this.catalog = catalog;
        this.load = load;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Why this database must not be bulk-loaded, or empty when it is a fresh benchmark database: no document at
     * all, and no organisation but the benchmark's own ({@value #TAG}…) and the first-start root.
     */
    Optional<String> refusal() {
        long documents = load.existingDocuments();
        if (documents > 0) {
            return Optional.of("the database already has " + documents + " documents; --bulk writes published documents"
                    + " without review and runs only on a fresh benchmark database");
        }
        List<String> others = directory.all().stream().map(Organisation::code)
                .filter(code -> !code.equals(FIRST_START_ROOT) && !code.startsWith(TAG)).limit(5).toList();
        if (!others.isEmpty()) {
            return Optional.of("the database has organisations that are not the benchmark's (" + String.join(", ", others)
                    + "); --bulk runs only on a fresh benchmark database");
        }
        return Optional.empty();
    }

    /**
     * Creates (or finds, after an interrupted run) the bench province {@code tag000000} and {@code count} county
     * bureaus {@code tag000001…} under it, each with the demo catalog of a bureau, through the services.
     */
    List<Site> sites(String tag, int count, IntConsumer progress) {
        Long top = directory.root().map(Organisation::id).orElse(null);
        String slug = tag.toLowerCase();
        Organisation province = findOrCreate(new NewOrganisation(top, tag + "000000", "压测省教育厅", OrganisationKind.PROVINCE,
                slug, 998, null, null, office("压测省教育厅办公室"), new Organisation.SiteIdentity(null, null, null)));
        List<Site> sites = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String name = "压测县" + i + "教育局";
            Organisation org = findOrCreate(new NewOrganisation(province.id(), tag + "%06d".formatted(i), name,
                    OrganisationKind.COUNTY, slug + "-" + "%04d".formatted(i), i, null, null, office(name + "办公室"),
                    new Organisation.SiteIdentity(null, null, null)));
            demoCatalog.seed(org.id());
            List<Long> leaves = catalog.nodesOf(org.id()).stream()
                    .filter(e -> catalog.children(org.id(), e.node().id()).isEmpty()).map(e -> e.node().id()).toList();
            sites.add(new Site(org.id(), org.name(), leaves));
            progress.accept(1);
        }
        return sites;
    }

    /**
     * Publishes {@code documents} generated documents over the sites, document {@code n} in site {@code n % sites}:
     * published at ten o'clock (Beijing) on its publish date, or an hour ago when that date is still to come.
     */
    BenchmarkLoad.Result documents(List<Site> sites, int documents, long seed, String tag, IntConsumer progress) {
        String loaderName = tag.toLowerCase() + "-loader-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long loader = account(sites.get(0).organisationId(), loaderName);
        Instant latest = clock.instant().minus(Duration.ofHours(1));
        BenchmarkLoad.Result result = load.load(documents, n -> {
            Site site = sites.get(n % sites.size());
            int perSite = n / sites.size();
            Long node = site.leaves().isEmpty() ? null : site.leaves().get(perSite % site.leaves().size());
            DocumentContent content = SyntheticDocuments.content(seed, n, node, site.name());
            Instant at = content.publishDate().atTime(LocalTime.of(10, 0)).atZone(Zones.CHINA).toInstant();
            return new BenchmarkLoad.Item(site.organisationId(), content, at.isAfter(latest) ? latest : at);
        }, loader, loaderName, "benchmark bulk load (demo-generate --bulk): not reviewed", progress);
        transaction.executeWithoutResult(status -> {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("documents", result.documents());
            after.put("organisations", sites.size());
            after.put("firstDocumentId", result.firstDocumentId());
            after.put("lastDocumentId", result.lastDocumentId());
            events.publishEvent(new StaffAction(loader, loaderName,
                    directory.get(sites.get(0).organisationId()).parentId(), "demo.bulk-load", "document",
                    result.firstDocumentId() + "-" + result.lastDocumentId(), Map.of(), after));
        });
        return result;
    }

    /**
     * {@code vacuum analyze} of the loaded tables, as the schema's owner (only the owner may): without statistics the
     * planner takes a million-row table for an empty one, and the first readers would set every row's hint bits.
     */
    void vacuumAnalyze() {
        for (String table : List.of("document", "revision", "edition", "edition_event", "index_number_serial")) {
            owner.jdbc().sql("vacuum analyze " + table).update();
        }
    }

    /** The database's size, for the bench's report. */
    long databaseSize() {
        return jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
    }

    private Organisation findOrCreate(NewOrganisation o) {
        return directory.findBySlug(o.slug()).orElseGet(() -> directory.get(organisations.create(o, null)));
    }

    private static Organisation.DisclosureOffice office(String name) {
        return new Organisation.DisclosureOffice(name, "压测路1号", "工作日 9:00-17:00", "0000-0000000", null, null, null);
    }

    /** The loader's account, in the first bureau: a random password never shown. */
    private long account(long orgId, String username) {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return staff.create(orgId, username, "批量装载", Set.of(Role.EDITOR),
                "Bx1-" + Base64.getUrlEncoder().encodeToString(secret), false, null);
    }
}
