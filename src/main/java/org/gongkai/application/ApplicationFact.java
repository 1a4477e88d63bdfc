package org.gongkai.application;

import java.time.LocalDate;

/** What the annual report needs of one application: who applied, when it arrived, when and how it was answered. */
public record ApplicationFact(ApplicantType applicantType, LocalDate receivedOn, LocalDate repliedOn,
                              ReplyOutcome outcome) {
}
