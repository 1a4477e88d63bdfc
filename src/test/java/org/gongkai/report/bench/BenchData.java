package org.gongkai.report.bench;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Deterministic synthetic data for the report benchmark, generated inside PostgreSQL (generate_series): a province,
 * its cities and their counties; applications received over 2024–2025 with a realistic mix of applicants, outcomes and
 * reply times, a few still open; and reconsideration and litigation cases against some refusals.
 */
final class BenchData {

    /** What was generated. */
    record Generated(long province, int organisations, int cities, int counties, long applications, long open,
                     long challenges) {
    }

    /** Applicant types by share in percent: mostly natural persons, as in published annual reports. */
    static final Map<String, Integer> APPLICANTS = weights(
            "NATURAL_PERSON", 82, "COMMERCIAL", 8, "RESEARCH", 1, "PUBLIC_WELFARE", 2, "LEGAL_SERVICE", 4, "OTHER", 3);

    /** Outcomes by share in per mille. */
    static final Map<String, Integer> OUTCOMES = weights(
            "DISCLOSED", 380, "PARTLY_DISCLOSED", 120,
            "WITHHELD_STATE_SECRET", 5, "WITHHELD_PROHIBITED_BY_LAW", 5, "WITHHELD_THREE_SECURITIES_ONE_STABILITY", 5,
            "WITHHELD_THIRD_PARTY_RIGHTS", 15, "WITHHELD_INTERNAL_AFFAIRS", 15, "WITHHELD_PROCESS_INFORMATION", 20,
            "WITHHELD_ENFORCEMENT_FILE", 5, "WITHHELD_ADMINISTRATIVE_QUERY", 10,
            "CANNOT_PROVIDE_NOT_HELD", 160, "CANNOT_PROVIDE_NEEDS_CREATION", 40, "CANNOT_PROVIDE_STILL_UNCLEAR", 20,
            "NOT_HANDLED_PETITION", 40, "NOT_HANDLED_REPEATED", 30, "NOT_HANDLED_PUBLICATION", 5,
            "NOT_HANDLED_EXCESSIVE", 5, "NOT_HANDLED_CONFIRMATION", 10,
            "OTHER_NOT_CORRECTED", 50, "OTHER_FEE_UNPAID", 5, "OTHER", 55);

    static final Map<String, Integer> CHANNELS = weights("ONLINE", 70, "IN_PERSON", 10, "POST", 15, "EMAIL", 5);

    private BenchData() {
    }

    /** Generates on one connection of the pool, so that the seed set at the start holds for every random(). */
    static Generated generate(DataSource ds, int organisations, int applications) throws SQLException {
        try (Connection connection = ds.getConnection()) {
            return generate(JdbcClient.create(new SingleConnectionDataSource(connection, true)), organisations, applications);
        }
    }

    private static Generated generate(JdbcClient jdbc, int organisations, int applications) {
        jdbc.sql("select setseed(0.2025)").query(rs -> { });
        long base = jdbc.sql("select coalesce(max(id), 0) from organisation").query(Long.class).single();
        int cities = Math.max(1, (int) Math.round(Math.sqrt(organisations)));
        int counties = organisations - 1 - cities;
        long province = base + 1;
        // ids: province = base + 1, cities base + 2 … base + 1 + cities, counties after them, each under a city
        jdbc.sql("""
                insert into organisation (id, parent_id, code, name, kind, slug, position)
                values (:id, null, 'P00000001', '基准省教育厅', 'PROVINCE', 'bench-province', 0)""")
                .param("id", province).update();
        jdbc.sql("""
                insert into organisation (id, parent_id, code, name, kind, slug, position)
                select :base + 1 + c, :base + 1, 'C' || lpad(c::text, 8, '0'), '基准市教育局' || c, 'CITY', 'bench-c' || c, c
                  from generate_series(1, :cities) c""")
                .param("base", base).param("cities", cities).update();
        jdbc.sql("""
                insert into organisation (id, parent_id, code, name, kind, slug, position)
                select :base + 1 + :cities + k, :base + 2 + (k - 1) % :cities, 'K' || lpad(k::text, 8, '0'),
                       '基准县教育局' || k, 'COUNTY', 'bench-k' || k, k
                  from generate_series(1, :counties) k""")
                .param("base", base).param("cities", cities).param("counties", counties).update();
        jdbc.sql("select setval('organisation_id_seq', (select max(id) from organisation))").query(Long.class).single();
        long staff = jdbc.sql("""
                        insert into staff_user (organisation_id, username, display_name, password_hash)
                        values (?, 'bench-officer', '基准测试', 'x') returning id""")
                .param(province).query(Long.class).single();

        // the plain indexes are built once after the load rather than row by row during it (constraints stay)
        List<String> indexes = jdbc.sql("""
                        select indexdef from pg_indexes
                         where schemaname = current_schema() and tablename = 'disclosure_application'
                           and indexname not in (select conname from pg_constraint)""")
                .query(String.class).list();
        jdbc.sql("""
                select indexname from pg_indexes
                 where schemaname = current_schema() and tablename = 'disclosure_application'
                   and indexname not in (select conname from pg_constraint)""")
                .query(String.class).list().forEach(name -> jdbc.sql("drop index " + name).update());

        // Applications: organisation skewed towards the top of the tree (power of a uniform draw), received on a
        // uniform day of 2024–2025, answered 1–40 days later (one in twenty-five after up to 60 days, extended);
        // open if the answer would fall after 2025, and one in two hundred still open whatever its age.
        jdbc.sql("""
                insert into disclosure_application (organisation_id, tracking_number, query_code_hash, applicant_type,
                    applicant_name, id_type, id_number, credit_code, legal_representative, phone, info_description,
                    delivery, channel, received_at, received_on, status, clock_start, due_on, outcome, replied_on,
                    replied_at, created_at)
                select g.org, 'GK-' || o.code || '-' || to_char(g.rcv, 'YYYYMMDD') || '-' || lpad(upper(to_hex(g.i)), 6, '0'),
                       'bench', g.type, '申请人' || g.i,
                       case when g.type = 'NATURAL_PERSON' then 'RESIDENT_ID' end,
                       case when g.type = 'NATURAL_PERSON' then '1101051980' || lpad((g.i % 100000000)::text, 8, '0') end,
                       case when g.type <> 'NATURAL_PERSON' then '9111000000' || lpad((g.i % 100000000)::text, 8, '0') end,
                       case when g.type <> 'NATURAL_PERSON' then '法定代表人' end,
                       '010-12345678', '关于本地区义务教育招生计划和学校收费标准的信息（基准数据第' || g.i || '件）',
                       'ELECTRONIC', g.channel, g.rcv::timestamptz, g.rcv,
                       case when g.open then 'IN_PROGRESS' else 'ANSWERED' end, g.rcv, g.rcv + 28,
                       case when g.open then null else g.outcome end,
                       case when g.open then null else g.replied end,
                       case when g.open then null else g.replied::timestamptz end,
                       g.rcv::timestamptz
                  from (select s.i, s.org, s.rcv, s.type, s.channel, s.outcome, s.replied,
                               s.replied > date '2025-12-31' or s.stuck < 0.005 as open
                          from (select i,
                                       :base + 1 + least(:orgs - 1, floor(power(random(), 1.3) * :orgs)::int) as org,
                                       date '2024-01-01' + floor(random() * 731)::int as rcv,
                                       (cast(:applicants as text[]))[1 + floor(random() * 100)::int] as type,
                                       (cast(:channels as text[]))[1 + floor(random() * 100)::int] as channel,
                                       (cast(:outcomes as text[]))[1 + floor(random() * 1000)::int] as outcome,
                                       random() as slow, random() as stuck, random() as days
                                  from generate_series(1, :n) i) t
                         cross join lateral (select t.*, t.rcv + case when t.slow < 0.04 then 1 + floor(t.days * 60)::int
                                                                     else 1 + floor(t.days * 40)::int end as replied) s) g
                  join organisation o on o.id = g.org""")
                .param("base", base).param("orgs", organisations).param("n", applications)
                .param("applicants", array(APPLICANTS)).param("channels", array(CHANNELS)).param("outcomes", array(OUTCOMES))
                .update();

        indexes.forEach(definition -> jdbc.sql(definition).update());

        // Reconsideration and litigation: about one refusal in eighty is challenged 5–60 days after the answer; a case
        // concludes 30–180 days after filing; the records are as known on 31 March 2026 (later: still pending).
        jdbc.sql("""
                insert into legal_challenge (application_id, organisation_id, kind, case_number, filed_on, result,
                                             concluded_on, created_by, updated_by)
                select c.id, c.organisation_id, c.kind, case when c.numbered then '基准案号' || c.id end, c.filed,
                       case when c.concluded > date '2026-03-31' then 'PENDING' else c.result end,
                       case when c.concluded > date '2026-03-31' then null else c.concluded end, :staff, :staff
                  from (select a.id, a.organisation_id, x.filed, x.filed + 30 + floor(random() * 151)::int as concluded,
                               case when x.uk < 0.6 then 'RECONSIDERATION' when x.uk < 0.85 then 'LITIGATION_DIRECT'
                                    else 'LITIGATION_AFTER_RECONSIDERATION' end as kind,
                               case when x.ur < 0.7 then 'MAINTAINED' when x.ur < 0.85 then 'CORRECTED' else 'OTHER' end as result,
                               random() < 0.8 as numbered
                          from disclosure_application a
                         cross join lateral (select a.replied_on + 5 + floor(random() * 56)::int as filed,
                                                    random() as uk, random() as ur) x
                         where a.outcome is not null and a.outcome not in ('DISCLOSED', 'PARTLY_DISCLOSED')
                           and random() < 0.0125) c""")
                .param("staff", staff).update();

        long count = jdbc.sql("select count(*) from disclosure_application where organisation_id > ?").param(base)
                .query(Long.class).single();
        long open = jdbc.sql("select count(*) from disclosure_application where organisation_id > ? and replied_on is null")
                .param(base).query(Long.class).single();
        long challenges = jdbc.sql("select count(*) from legal_challenge where organisation_id > ?").param(base)
                .query(Long.class).single();
        return new Generated(province, organisations, cities, counties, count, open, challenges);
    }

    /** A PostgreSQL text array with each value repeated by its weight (drawn from by a uniform index). */
    static String array(Map<String, Integer> weights) {
        List<String> values = new ArrayList<>();
        weights.forEach((v, n) -> {
            for (int i = 0; i < n; i++) {
                values.add(v);
            }
        });
        return values.stream().collect(Collectors.joining(",", "{", "}"));
    }

    private static Map<String, Integer> weights(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }
}
