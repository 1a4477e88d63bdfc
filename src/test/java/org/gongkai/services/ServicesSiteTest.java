package org.gongkai.services;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution.Link;
import org.gongkai.portal.SiteContribution.Url;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The module's one contribution to the sites, kind by kind: the eight section links in their order and only for the
 * kinds with something public, the sitemap's addresses in the same order within {@code max}, and the work-plans page
 * of each organisation whose links reach a published document (each kind's own tests check its pages and addresses).
 */
class ServicesSiteTest {

    final OrganisationDirectory organisations = mock(OrganisationDirectory.class);
    final CleanUpStore cleanUps = mock(CleanUpStore.class);
    final DeputyReplyStore replies = mock(DeputyReplyStore.class);
    final EmergencyStore emergencies = mock(EmergencyStore.class);
    final GuideStore guides = mock(GuideStore.class);
    final PowerStore powers = mock(PowerStore.class);
    final RandomInspectionStore inspections = mock(RandomInspectionStore.class);
    final TaskLedgerStore tasks = mock(TaskLedgerStore.class);
    final WorkPlanStore workPlans = mock(WorkPlanStore.class);
    final PublishedDocuments documents = mock(PublishedDocuments.class);
    final ServicesSite site = new ServicesSite(organisations, cleanUps, replies, emergencies, guides, powers,
            inspections, tasks, workPlans, documents);

    @Test
    void eachKindWithSomethingPublicHasItsLinkInTheSameOrderAsBefore() {
        organisation(7, "county");
        organisation(8, "other");
        when(cleanUps.anyPublic(7)).thenReturn(true);
        when(replies.anyPublic(7)).thenReturn(true);
        when(emergencies.anyPublic(7)).thenReturn(true);
        when(guides.anyPublic(7)).thenReturn(true);
        when(powers.anyPublic(7)).thenReturn(true);
        when(inspections.anyPublic(7)).thenReturn(true);
        when(tasks.anyPublic(7)).thenReturn(true);
        WorkPlan plan = workPlan(7, 70, Instant.parse("2026-03-01T00:00:00Z"));
        when(workPlans.of(List.of(7L))).thenReturn(List.of(plan));
        when(documents.publishedAmong(List.of(70L))).thenReturn(Set.of(70L));
        when(guides.anyPublic(8)).thenReturn(true);
        when(workPlans.of(List.of(8L))).thenReturn(List.of(workPlan(8, 80, Instant.parse("2026-03-01T00:00:00Z"))));

        assertThat(site.sections(7)).containsExactly(
                new Link("svc.cleanup.section", "/o/county/cleanups"),
                new Link("svc.reply.section", "/o/county/replies"),
                new Link("svc.emergency.section", "/o/county/emergency"),
                new Link("svc.guide.section", "/o/county/services"),
                new Link("svc.power.section", "/o/county/powers"),
                new Link("svc.section", "/o/county/inspections"),
                new Link("svc.task.section", "/o/county/tasks"),
                new Link("svc.plan.section", "/o/county/work-plans"));
        // only guides, and a work plan whose document is not published: one link
        assertThat(site.sections(8)).containsExactly(new Link("svc.guide.section", "/o/other/services"));
        assertThat(site.sections(9)).isEmpty();
    }

    @Test
    void theSitemapTakesTheKindsInTurnEachFromWhatIsLeftOfMax() {
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        CleanUp cleanUp = mock(CleanUp.class);
        when(cleanUp.id()).thenReturn(1L);
        when(cleanUp.updatedAt()).thenReturn(t);
        DeputyReply reply = mock(DeputyReply.class);
        when(reply.id()).thenReturn(2L);
        when(reply.updatedAt()).thenReturn(t);
        when(cleanUps.newestPublic(3)).thenReturn(List.of(cleanUp));
        when(replies.newestPublic(2)).thenReturn(List.of(reply));
        when(emergencies.newestPublic(1)).thenReturn(List.<Object[]>of(new Object[] {"/warnings/5", t}));

        assertThat(site.sitemap(3)).containsExactly(new Url("/cleanups/1", t), new Url("/replies/2", t),
                new Url("/warnings/5", t));
        verify(guides).newestPublic(0);
        verify(workPlans).newest(0);
    }

    @Test
    void theSitemapListsTheWorkPlansPageOfEachOrganisationWithAPublishedDocumentAtItsNewestLink() {
        organisation(7, "county");
        organisation(8, "other");
        Instant older = Instant.parse("2026-03-01T00:00:00Z");
        Instant newer = Instant.parse("2026-04-01T00:00:00Z");
        when(workPlans.newest(10)).thenReturn(List.of(workPlan(7, 70, older), workPlan(7, 71, newer),
                workPlan(8, 80, newer)));
        when(documents.publishedAmong(List.of(70L, 71L, 80L))).thenReturn(Set.of(70L, 71L));

        assertThat(site.sitemap(10)).containsExactly(new Url("/o/county/work-plans", newer));
    }

    void organisation(long id, String slug) {
        Organisation o = mock(Organisation.class);
        when(o.slug()).thenReturn(slug);
        when(organisations.find(id)).thenReturn(Optional.of(o));
    }

    static WorkPlan workPlan(long organisationId, long documentId, Instant linkedAt) {
        return new WorkPlan(documentId * 10, organisationId, 2026, WorkPlan.Kind.PLAN, documentId, linkedAt);
    }
}
