package org.gongkai.report;

import java.math.BigDecimal;

/**
 * The counts of table 二 that staff enter: 行政许可, 行政处罚 and 行政强制 decisions of the year, and 行政事业性收费 in
 * 万元 (four decimals at most). Zero until someone enters them.
 */
public record EnteredFigures(long licences, long penalties, long enforcement, BigDecimal feesTenThousandYuan) {

    /** Fees always carry four decimals, as stored, so equal amounts compare equal. */
    public EnteredFigures {
        feesTenThousandYuan = (feesTenThousandYuan == null ? BigDecimal.ZERO : feesTenThousandYuan)
                .setScale(4, java.math.RoundingMode.UNNECESSARY);
    }

    public static final EnteredFigures NONE = new EnteredFigures(0, 0, 0, BigDecimal.ZERO);
}
