package org.gongkai.application;

/**
 * The periods the law sets for an application, in working days, each with where it comes from: 《中华人民共和国政府信息公开条例》
 * (2019 revision) and, for fees, 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号). Every due date of an
 * application is counted with {@link ClockKeeper} from one of these; no other class writes the numbers.
 */
final class StatutoryPeriods {

    /** Art. 33: the reply is due within 20 working days of receipt (or of the corrected application's arrival). */
    static final int REPLY = 20;

    /** Art. 33: the head of the disclosure office may extend the period once, by at most 20 more working days. */
    static final int EXTENSION = 20;

    /** Art. 30: the correction notice (补正) is given, in one go, within 7 working days of receipt. */
    static final int CORRECTION_NOTICE = 7;

    /** Art. 32: a third party consulted has 15 working days to answer; that time does not count toward the reply. */
    static final int THIRD_PARTY = 15;

    /** 国办函〔2020〕109号: the fee is paid within 20 working days of the notice, or the application is abandoned. */
    static final int FEE_PAYMENT = 20;

    private StatutoryPeriods() {
    }

    /** The reply period of an application: {@link #REPLY}, plus {@link #EXTENSION} once the extension is approved. */
    static int replyWorkingDays(ExtensionState extension) {
        return extension == ExtensionState.APPROVED ? REPLY + EXTENSION : REPLY;
    }
}
