package org.gongkai.document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts the 规章 and 行政规范性文件 the public can see, for the annual report. Only published, proactively disclosed
 * editions count (withdrawn ones do not). A document counts as issued on its 成文日期 (else its 发布日期, else the day it
 * went out); it is in force at the end of the period when it was issued by then and is valid, or repealed only later.
 */
@Service
public class DocumentFigures {

    private final JdbcClient jdbc;

    DocumentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One count per kind (规章, then 行政规范性文件) for the organisations together. */
    public List<KindCount> byKind(List<Long> organisationIds, LocalDate from, LocalDate to) {
        Long[] ids = organisationIds.toArray(Long[]::new);
        return List.of(DocumentKind.RULE, DocumentKind.NORMATIVE).stream()
                .map(kind -> count(kind, ids, from, to)).toList();
    }

    private KindCount count(DocumentKind kind, Long[] organisationIds, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with d as (select coalesce(written_date, publish_date, (published_at at time zone 'Asia/Shanghai')::date)
                                      as issued_on, validity, repealed_on
                             from public_document
                            where status = 'PUBLISHED' and kind = :kind and organisation_id = any(:orgs))
                select count(*) filter (where issued_on between :from and :to),
                       count(*) filter (where validity = 'REPEALED' and repealed_on between :from and :to),
                       count(*) filter (where issued_on <= :to
                                          and (validity = 'VALID' or (validity = 'REPEALED' and repealed_on > :to)))
                  from d""")
                .param("kind", kind.name()).param("orgs", organisationIds)
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, i) -> new KindCount(kind, rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }
}
