package org.gongkai.opendata;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality score of a published dataset, 0–100, from four criteria worth 25 each, every one shown with whether it
 * is met: a machine-readable resource (CSV, XLSX or JSON, not only PDF); tidy tables (the newest version of every
 * table has no warnings: no empty rows, every value fits its column's type); an open licence (CC BY 4.0 or CC0, the
 * only ones offered); and freshness (the newest version was published within the period its update frequency
 * promises, with a few days' grace; irregular and never-updated data always meets it).
 */
record QualityScore(int score, List<Criterion> criteria) {

    enum Name { MACHINE_READABLE, TIDY_TABLES, OPEN_LICENCE, FRESH }

    record Criterion(Name name, boolean met) {

        public String labelKey() {
            return "odq.criterion." + name.name();
        }

        public String explanationKey() {
            return "odq.explain." + name.name();
        }
    }

    static QualityScore of(Dataset d, List<PublicDatasets.PublicResource> resources, Instant now) {
        boolean machineReadable = resources.stream().anyMatch(r -> r.resource().format() != ResourceFormat.PDF);
        boolean tidy = resources.stream().filter(r -> r.resource().format().tabular()).allMatch(r ->
                r.versions().isEmpty() || r.versions().get(0).warnings().isEmpty());
        Instant newest = resources.stream().filter(r -> !r.versions().isEmpty())
                .map(r -> r.versions().get(0).publishedAt()).max(Instant::compareTo).orElse(null);
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(new Criterion(Name.MACHINE_READABLE, machineReadable));
        criteria.add(new Criterion(Name.TIDY_TABLES, tidy));
        criteria.add(new Criterion(Name.OPEN_LICENCE, d.licence() != null));
        criteria.add(new Criterion(Name.FRESH, fresh(d.frequency(), newest, now)));
        int score = (int) criteria.stream().filter(Criterion::met).count() * 25;
        return new QualityScore(score, List.copyOf(criteria));
    }

    boolean met(Name name) {
        return criteria.stream().anyMatch(c -> c.name() == name && c.met());
    }

    /** Whether data last published at {@code newest} is still within what its frequency promises. */
    static boolean fresh(UpdateFrequency frequency, Instant newest, Instant now) {
        Duration allowed = switch (frequency) {
            case DAILY -> Duration.ofDays(2);
            case WEEKLY -> Duration.ofDays(9);
            case MONTHLY -> Duration.ofDays(35);
            case QUARTERLY -> Duration.ofDays(100);
            case ANNUAL -> Duration.ofDays(380);
            case IRREGULAR, NEVER -> null;
        };
        if (allowed == null) {
            return true;
        }
        return newest != null && !newest.plus(allowed).isBefore(now);
    }
}
