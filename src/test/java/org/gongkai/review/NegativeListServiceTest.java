package org.gongkai.review;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.gongkai.identity.OrganisationRegistry;
import org.gongkai.identity.StaffRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class NegativeListServiceTest {

    @Autowired
    OrganisationRegistry organisations;
    @Autowired
    StaffRegistry staff;
    ReviewFixtures fixtures;
    @Autowired
    NegativeList list;
    @Autowired
    NegativeListEditor editor;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(organisations, staff);
    }

    static NegativeListDraft draft(NegativeCategory category, String basis, String... terms) {
        return new NegativeListDraft(category, basis, "内部说明", List.of(terms), LocalDate.now().plusYears(1));
    }

    @Test
    void entriesAreInheritedDownTheTreeButNotSideways() {
        long ministry = fixtures.organisation(null, "部");
        long province = fixtures.organisation(ministry, "省厅");
        long county = fixtures.organisation(province, "县局");
        long sibling = fixtures.organisation(ministry, "另一省厅");
        StaffUser top = fixtures.user(ministry, Role.SECURITY_ADMIN);
        StaffUser mid = fixtures.user(province, Role.SECURITY_ADMIN);
        long a = editor.create(top, draft(NegativeCategory.STATE_SECRET, "条例第十四条", "高考试题"));
        long b = editor.create(mid, draft(NegativeCategory.PERSONAL_PRIVACY, "条例第十五条", "/考生.{0,4}成绩/"));

        assertThat(list.effectiveFor(county)).extracting(NegativeListEntry::id).containsExactly(a, b);
        assertThat(list.effectiveFor(province)).extracting(NegativeListEntry::id).containsExactly(a, b);
        assertThat(list.effectiveFor(ministry)).extracting(NegativeListEntry::id).containsExactly(a);
        assertThat(list.effectiveFor(sibling)).extracting(NegativeListEntry::id).containsExactly(a);
        assertThat(list.ownEntries(county)).isEmpty();

        List<Finding> found = list.screen(county, "泄露高考试题；公布考生高考成绩。");
        assertThat(found).extracting(Finding::matched).containsExactly("高考试题", "考生高考成绩");
        assertThat(list.screen(sibling, "公布考生高考成绩")).isEmpty();
        assertThat(list.publicSummary(county)).extracting(NegativeListSummary::legalBasis)
                .containsExactlyInAnyOrder("条例第十四条", "条例第十五条");
    }

    @Test
    void validationGivesFieldMessages() {
        StaffUser admin = fixtures.user(fixtures.organisation(null, "部"), Role.SECURITY_ADMIN);
        assertThatThrownBy(() -> editor.create(admin, draft(NegativeCategory.OTHER, "依据", "好词", "/[未闭合/")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("terms", "review.term.badRegex"));
        assertThatThrownBy(() -> editor.create(admin, new NegativeListDraft(null, " ", "", List.of(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("category", "legalBasis", "reviewDate"));
    }

    @Test
    void onlyTheOwnSecurityAdministratorChangesEntries() {
        long ministry = fixtures.organisation(null, "部");
        long province = fixtures.organisation(ministry, "省厅");
        StaffUser top = fixtures.user(ministry, Role.SECURITY_ADMIN);
        StaffUser below = fixtures.user(province, Role.SECURITY_ADMIN);
        StaffUser reviewer = fixtures.user(ministry, Role.REVIEWER);
        long id = editor.create(top, draft(NegativeCategory.OTHER, "依据", "词"));
        assertThatThrownBy(() -> editor.create(reviewer, draft(NegativeCategory.OTHER, "依据")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> editor.update(below, id, 0, draft(NegativeCategory.OTHER, "改")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> editor.delete(below, id, 0)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void changesAreVersionedAndAudited() {
        StaffUser admin = fixtures.user(fixtures.organisation(null, "部"), Role.SECURITY_ADMIN);
        long id = editor.create(admin, draft(NegativeCategory.INTERNAL_AFFAIRS, "第十六条", "会议纪要"));
        editor.update(admin, id, 0, draft(NegativeCategory.PROCESS_INFO, "第十六条第二款", "讨论稿"));
        assertThatThrownBy(() -> editor.update(admin, id, 0, draft(NegativeCategory.OTHER, "x")))
                .isInstanceOf(ConflictException.class);
        NegativeListEntry now = list.find(id).orElseThrow();
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.terms()).containsExactly("讨论稿");
        editor.delete(admin, id, 1);
        assertThat(list.find(id)).isEmpty();

        List<StaffAction> audit = events.stream(StaffAction.class).filter(a -> a.targetId().equals(String.valueOf(id))).toList();
        assertThat(audit).extracting(StaffAction::action)
                .containsExactly("negative-list.create", "negative-list.update", "negative-list.delete");
        assertThat(audit.get(1).before()).containsEntry("category", "INTERNAL_AFFAIRS");
        assertThat(audit.get(1).after()).containsEntry("category", "PROCESS_INFO").containsEntry("terms", List.of("讨论稿"));
        assertThat(audit.get(2).before()).containsEntry("legalBasis", "第十六条第二款");
    }
}
