package org.gongkai.application;

/**
 * The information-processing fee of 国办函〔2020〕109号, in whole yuan. See docs/adr/0008 for the reading of the
 * bands: each application, and each page, is priced by the band it falls in ("……的部分"), not the whole quantity by
 * the band of the last one.
 */
final class FeeCalculator {

    private FeeCalculator() {
    }

    /**
     * The fee for the applicant's {@code ordinal}-th application in a calendar month (1-based): 1–10 free;
     * 11–30 100 元; from 31 on, 100 元 more for each further band of ten (31–40 200 元, 41–50 300 元 …).
     */
    static int perApplication(int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be at least 1");
        }
        if (ordinal <= 10) {
            return 0;
        }
        if (ordinal <= 30) {
            return 100;
        }
        int band = (ordinal - 31) / 10;   // 31–40 → 0, 41–50 → 1, …
        return 200 + 100 * band;
    }

    /**
     * The fee for {@code pages} pages: pages 1–30 free, each of pages 31–100 10 元, each of pages 101–200 20 元,
     * each page from 201 on 40 元.
     */
    static long perPage(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative");
        }
        long fee = 0;
        fee += 10L * Math.max(0, Math.min(pages, 100) - 30);
        fee += 20L * Math.max(0, Math.min(pages, 200) - 100);
        fee += 40L * Math.max(0, pages - 200);
        return fee;
    }

    static long fee(FeeMethod method, int quantity) {
        return method == FeeMethod.PER_APPLICATION ? perApplication(quantity) : perPage(quantity);
    }
}
