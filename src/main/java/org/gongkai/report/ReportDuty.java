package org.gongkai.report;

import org.gongkai.identity.OrganisationKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which kinds of organisation must publish an annual report. Administrative agencies must (条例 art. 49–50) and
 * universities must (高等学校信息公开办法); whether schools and other bodies do is for the deployment to decide:
 * {@code gongkai.report.required-kinds} (the pages say which kinds are held to it).
 */
@Component
class ReportDuty {

    private final Set<OrganisationKind> required;

    ReportDuty(@Value("${gongkai.report.required-kinds}") Set<OrganisationKind> kinds) {
        this.required = kinds.isEmpty() ? EnumSet.noneOf(OrganisationKind.class) : EnumSet.copyOf(kinds);
    }

    boolean required(OrganisationKind kind) {
        return required.contains(kind);
    }

    Set<OrganisationKind> kinds() {
        return required;
    }
}
