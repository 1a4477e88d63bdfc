package org.gongkai.application;

/**
 * What the public must be told about applying, as the platform enforces it: the periods of the law in working days
 * and the fee bands, read from the same constants and calculator the clock and the fee notice use, so the guide
 * (信息公开指南) can never say something the platform does not do.
 *
 * @param replyDays           条例 art. 33: reply within this many working days of receipt
 * @param extensionDays       条例 art. 33: at most this many more, with the head of the office's approval
 * @param correctionNoticeDays 条例 art. 30: a correction notice, in one go, within this many working days
 * @param thirdPartyDays      条例 art. 32: a third party consulted has this many working days (not counted)
 * @param feePaymentDays      国办函〔2020〕109号: a fee is paid within this many working days of its notice
 * @param freeApplications    applications per applicant and calendar month that are free
 * @param firstApplicationFee 元 for each application beyond the free ones (the first band)
 * @param freePages           pages (or items) of one application that are free
 * @param firstPageFee        元 for each page beyond the free ones (the first band)
 */
public record ApplicationTerms(int replyDays, int extensionDays, int correctionNoticeDays, int thirdPartyDays,
                               int feePaymentDays, int freeApplications, int firstApplicationFee, int freePages,
                               long firstPageFee) {

    public static ApplicationTerms current() {
        int freeApplications = 0;
        while (FeeCalculator.perApplication(freeApplications + 1) == 0) {
            freeApplications++;
        }
        int freePages = 0;
        while (FeeCalculator.perPage(freePages + 1) == 0) {
            freePages++;
        }
        return new ApplicationTerms(StatutoryPeriods.REPLY, StatutoryPeriods.EXTENSION,
                StatutoryPeriods.CORRECTION_NOTICE, StatutoryPeriods.THIRD_PARTY, StatutoryPeriods.FEE_PAYMENT,
                freeApplications, FeeCalculator.perApplication(freeApplications + 1), freePages,
                FeeCalculator.perPage(freePages + 1));
    }
}
