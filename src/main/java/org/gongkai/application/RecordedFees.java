package org.gongkai.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The information processing fees (信息处理费) the platform recorded for a period: those paid in it, and those noticed
 * but never paid, whose applications lapsed in it (逾期未缴费, 三.（六）.2). Amounts in yuan as stored.
 */
public record RecordedFees(long paidCount, long paidYuan, long lapsedCount, long lapsedYuan) {

    /** In 万元 with four decimals, as the annual report states amounts. */
    public BigDecimal paidTenThousandYuan() {
        return tenThousand(paidYuan);
    }

    public BigDecimal lapsedTenThousandYuan() {
        return tenThousand(lapsedYuan);
    }

    private static BigDecimal tenThousand(long yuan) {
        return BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_UP);
    }
}
