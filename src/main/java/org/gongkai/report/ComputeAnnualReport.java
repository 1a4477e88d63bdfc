package org.gongkai.report;

import org.gongkai.challenge.ChallengeFacts;
import org.gongkai.document.DocumentFigures;
import org.gongkai.document.KindCount;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.List;

/** Computes tables 二, 三 and 四 from the platform's live data for an organisation, or the sum over several. */
@Service
public class ComputeAnnualReport {

    private final DocumentFigures documents;
    private final ComputeApplicationsTable applications;
    private final ChallengeFacts challenges;

    ComputeAnnualReport(DocumentFigures documents, ComputeApplicationsTable applications, ChallengeFacts challenges) {
        this.documents = documents;
        this.applications = applications;
        this.challenges = challenges;
    }

    public ReportFigures compute(String organisationName, List<Long> organisationIds, ReportPeriod period,
                                 EnteredFigures entered) {
        List<KindCount> kinds = documents.byKind(organisationIds, period.from(), period.to());
        ProactiveTable proactive = new ProactiveTable(kinds.get(0), kinds.get(1), entered);
        return new ReportFigures(organisationName, period, proactive,
                applications.compute(organisationIds, period.from(), period.to()),
                ChallengesTable.of(challenges.count(organisationIds, period.from(), period.to())));
    }

    static EnteredFigures sum(List<EnteredFigures> all) {
        long licences = 0;
        long penalties = 0;
        long enforcement = 0;
        BigDecimal fees = BigDecimal.ZERO;
        for (EnteredFigures e : all) {
            licences += e.licences();
            penalties += e.penalties();
            enforcement += e.enforcement();
            fees = fees.add(e.feesTenThousandYuan());
        }
        return new EnteredFigures(licences, penalties, enforcement, fees);
    }
}
