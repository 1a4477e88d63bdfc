package org.gongkai.audit;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the audit log shows is in words: every action and target type that the code can record (found in the
 * sources by {@link StaffActionNames}) has a name in Chinese and in English.
 */
@IntegrationTest
class AuditLabelsTest {

    @Autowired AuditLabels labels;

    private final StaffActionNames names = new StaffActionNames(Path.of("src/main/java"));

    @Test
    void everyActionTheCodeRecordsHasAName() {
        Set<String> actions = names.actions();
        assertThat(names.unresolved).as("action arguments the scan could not follow").isEmpty();
        assertThat(actions).contains("account.password.change", "login.success", "document.submit",
                "application.received", "user.roles", "review.finding.redact");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(actions).as(locale.toString()).allSatisfy(a -> assertThat(labels.named(a, locale)).as(a).isPresent());
        }
    }

    @Test
    void everyTargetTypeHasAName() {
        Set<String> types = names.targetTypes();
        assertThat(types).contains("staff_user", "document", "application");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(types).allSatisfy(t -> assertThat(labels.target(t, "7", locale)).as(t)
                    .doesNotContain(t).endsWith(" 7"));
        }
        assertThat(labels.target("staff_user", "29", Locale.SIMPLIFIED_CHINESE)).isEqualTo("账户 29");
    }

    @Test
    void anUnnamedActionReadsAsItsPrefixNeverAsTheBareCode() {
        assertThat(labels.action("login.success", Locale.SIMPLIFIED_CHINESE)).isEqualTo("登录成功");
        assertThat(labels.action("document.publish", Locale.SIMPLIFIED_CHINESE)).doesNotContain("document");
        assertThat(labels.action("user.something-new", Locale.SIMPLIFIED_CHINESE)).isEqualTo("账户管理操作");
        assertThat(labels.action("unheard.of", Locale.SIMPLIFIED_CHINESE)).isEqualTo("其他操作");
        assertThat(labels.target("thing", "1", Locale.SIMPLIFIED_CHINESE)).isEqualTo("其他对象 thing 1");
    }
}
