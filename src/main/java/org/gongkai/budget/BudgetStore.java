package org.gongkai.budget;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The budget publications and their tables (V89), in plain SQL. */
@Repository
class BudgetStore {

    static final String COLUMNS = """
            id, organisation_id, year, kind, status, title, approved_on, due_on, file_name, income_total,
            functional_total, explanation, review_statement, uploaded_at, published_at, version, economic_total,
            fund_total, amendment, amends_id, amendment_reason, superseded_at""";

    private final JdbcClient jdbc;

    BudgetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Publication> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from budget_publication where id = ?").param(id)
                .query(BudgetStore::publication).optional();
    }

    Optional<Publication> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from budget_publication where id = ? for update").param(id)
                .query(BudgetStore::publication).optional();
    }

    /** The draft of the organisation's year and kind, if any (one at most, V157). */
    Optional<Publication> draft(long organisationId, int year, BudgetKind kind) {
        return jdbc.sql("select " + COLUMNS + " from budget_publication where organisation_id = ? and year = ? and kind = ?"
                        + " and status = 'DRAFT'")
                .params(organisationId, year, kind.name()).query(BudgetStore::publication).optional();
    }

    /** The current published version of the organisation's year and kind (not superseded), if any. */
    Optional<Publication> current(long organisationId, int year, BudgetKind kind) {
        return jdbc.sql("select " + COLUMNS + " from budget_publication where organisation_id = ? and year = ? and kind = ?"
                        + " and status = 'PUBLISHED' and superseded_at is null")
                .params(organisationId, year, kind.name()).query(BudgetStore::publication).optional();
    }

    /** Marks a published version as replaced by the amendment being published (V157 allows this one change). */
    void supersede(long id) {
        jdbc.sql("update budget_publication set superseded_at = now() where id = ? and superseded_at is null").param(id).update();
    }

    /** An organisation's published versions of a year that later amendments replaced, oldest first. */
    List<Publication> superseded(long organisationId, int year) {
        return jdbc.sql("select " + COLUMNS + " from budget_publication where organisation_id = ? and year = ?"
                        + " and status = 'PUBLISHED' and superseded_at is not null order by kind, amendment")
                .params(organisationId, year).query(BudgetStore::publication).list();
    }

    /** One published version (current or superseded) by its amendment number. */
    Optional<Publication> publishedVersion(long organisationId, int year, BudgetKind kind, int amendment) {
        return jdbc.sql("select " + COLUMNS + " from budget_publication where organisation_id = ? and year = ? and kind = ?"
                        + " and amendment = ? and status = 'PUBLISHED'")
                .params(organisationId, year, kind.name(), amendment).query(BudgetStore::publication).optional();
    }

    /** A page of an organisation's publications; order is a whitelisted SQL order expression. */
    Page<Publication> list(long organisationId, boolean overdueOnly, LocalDate today, String order, int page, int size) {
        String where = " from budget_publication where organisation_id = :org"
                + (overdueOnly ? " and status = 'DRAFT' and due_on < :today" : "");
        long total = jdbc.sql("select count(*)" + where).param("org", organisationId).param("today", today)
                .query(Long.class).single();
        List<Publication> items = jdbc.sql("select " + COLUMNS + where + " order by " + order + ", id desc limit :size offset :offset")
                .param("org", organisationId).param("today", today).param("size", size)
                .param("offset", Page.offset(page, size)).query(BudgetStore::publication).list();
        return new Page<>(items, page, size, total);
    }

    long overdueDrafts(long organisationId, LocalDate today) {
        return jdbc.sql("select count(*) from budget_publication where organisation_id = ? and status = 'DRAFT' and due_on < ?")
                .params(organisationId, today).query(Long.class).single();
    }

    List<Publication> overdueDraftList(long organisationId, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from budget_publication where organisation_id = ? and status = 'DRAFT'"
                        + " and due_on < ? order by due_on, id limit 100")
                .params(organisationId, today).query(BudgetStore::publication).list();
    }

    /** A new draft; {@code amends} is the published version it will replace (null for a first publication). */
    long insert(long organisationId, int year, BudgetKind kind, Values v, long userId, Publication amends, String reason) {
        return jdbc.sql("""
                insert into budget_publication (organisation_id, year, kind, title, approved_on, due_on, file_name,
                    income_total, expenditure_total, functional_total, explanation, uploaded_by, economic_total, fund_total,
                    amendment, amends_id, amendment_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, year, kind.name(), v.title(), v.approvedOn(), v.dueOn(), v.fileName(),
                        v.incomeTotal(), v.incomeTotal(), v.functionalTotal(), v.explanation(), userId,
                        v.economicTotal(), v.fundTotal(), amends == null ? 0 : amends.amendment() + 1,
                        amends == null ? null : amends.id(), amends == null ? null : reason)
                .query(Long.class).single();
    }

    /** Replaces a draft's header values and removes its rows (written again by {@link #insertRows}). */
    void replaceDraft(long id, Values v, long userId, String reason) {
        jdbc.sql("""
                update budget_publication set title = ?, approved_on = ?, due_on = ?, file_name = ?, income_total = ?,
                    expenditure_total = ?, functional_total = ?, explanation = ?, uploaded_by = ?, uploaded_at = now(),
                    economic_total = ?, fund_total = ?, amendment_reason = case when amendment = 0 then null else
                        coalesce(?, amendment_reason) end, version = version + 1
                 where id = ? and status = 'DRAFT'""")
                .params(v.title(), v.approvedOn(), v.dueOn(), v.fileName(), v.incomeTotal(), v.incomeTotal(),
                        v.functionalTotal(), v.explanation(), userId, v.economicTotal(), v.fundTotal(), reason, id).update();
        for (String table : List.of("budget_summary_item", "budget_functional_line", "budget_three_public",
                "budget_economic_line", "budget_fund_line")) {
            jdbc.sql("delete from " + table + " where publication_id = ?").param(id).update();
        }
    }

    void insertRows(long id, BudgetWorkbook.Result r, int year) {
        insertItems(id, "INCOME", r.summary().income());
        insertItems(id, "EXPENDITURE", r.summary().expenditure());
        int p = 0;
        for (BudgetWorkbook.Line l : r.functional()) {
            jdbc.sql("insert into budget_functional_line values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, p++, l.code(), l.name(), l.total(), l.basic(), l.project()).update();
        }
        p = 0;
        for (BudgetWorkbook.Line l : r.economic() == null ? List.<BudgetWorkbook.Line>of() : r.economic()) {
            jdbc.sql("insert into budget_economic_line values (?, ?, ?, ?, ?)")
                    .params(id, p++, l.code(), l.name(), l.total()).update();
        }
        p = 0;
        for (BudgetWorkbook.Line l : r.fund() == null ? List.<BudgetWorkbook.Line>of() : r.fund()) {
            jdbc.sql("insert into budget_fund_line values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, p++, l.code(), l.name(), l.total(), l.basic(), l.project()).update();
        }
        p = 0;
        for (BudgetWorkbook.ThreePublic t : r.threePublic()) {
            jdbc.sql("insert into budget_three_public values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, p++, t.year() == null ? String.valueOf(year) : t.year(), t.total(), t.abroad(), t.vehiclePurchase(), t.vehicleRunning(),
                            t.reception()).update();
        }
    }

    private void insertItems(long id, String side, List<BudgetWorkbook.Item> items) {
        int p = 0;
        for (BudgetWorkbook.Item i : items) {
            jdbc.sql("insert into budget_summary_item values (?, ?, ?, ?, ?)").params(id, side, p++, i.name(), i.amount())
                    .update();
        }
    }

    boolean publish(long id, int version, String statement, long userId) {
        return jdbc.sql("""
                update budget_publication set status = 'PUBLISHED', review_statement = ?, published_by = ?,
                    published_at = now(), version = version + 1
                 where id = ? and version = ? and status = 'DRAFT'""")
                .params(statement, userId, id, version).update() == 1;
    }

    void deleteDraft(long id) {
        jdbc.sql("delete from budget_publication where id = ? and status = 'DRAFT'").param(id).update();
    }

    Tables tables(long id) {
        List<BudgetWorkbook.Item> income = items(id, "INCOME");
        List<BudgetWorkbook.Item> expenditure = items(id, "EXPENDITURE");
        List<BudgetWorkbook.Line> lines = jdbc.sql("""
                select code, name, total, basic, project from budget_functional_line where publication_id = ?
                 order by position""").param(id)
                .query((rs, n) -> new BudgetWorkbook.Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5))).list();
        List<BudgetWorkbook.ThreePublic> three = jdbc.sql("""
                select year_label, total, abroad, vehicle_purchase, vehicle_running, reception from budget_three_public
                 where publication_id = ? order by position""").param(id)
                .query((rs, n) -> new BudgetWorkbook.ThreePublic(rs.getString(1), rs.getBigDecimal(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6))).list();
        Publication pub = find(id).orElseThrow();
        List<BudgetWorkbook.Line> economic = pub.economicTotal() == null ? null : jdbc.sql("""
                select code, name, total from budget_economic_line where publication_id = ? order by position""").param(id)
                .query((rs, n) -> new BudgetWorkbook.Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(3), BigDecimal.ZERO.setScale(2))).list();
        List<BudgetWorkbook.Line> fund = pub.fundTotal() == null ? null : jdbc.sql("""
                select code, name, total, basic, project from budget_fund_line where publication_id = ? order by position""")
                .param(id).query((rs, n) -> new BudgetWorkbook.Line(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5))).list();
        return new Tables(income, expenditure, lines, three, economic, pub.economicTotal(), fund, pub.fundTotal());
    }

    private List<BudgetWorkbook.Item> items(long id, String side) {
        return jdbc.sql("select name, amount from budget_summary_item where publication_id = ? and side = ? order by position")
                .params(id, side).query((rs, n) -> new BudgetWorkbook.Item(rs.getString(1), rs.getBigDecimal(2))).list();
    }

    // the public side: published rows only ----------------------------------------------------------------------

    List<Publication> published(long organisationId) {
        return jdbc.sql("select " + COLUMNS + " from budget_publication where organisation_id = ? and status = 'PUBLISHED'"
                        + " and superseded_at is null order by year desc, kind")
                .param(organisationId).query(BudgetStore::publication).list();
    }

    List<Publication> publishedOfYear(long organisationId, int year) {
        return jdbc.sql("select " + COLUMNS + " from budget_publication where organisation_id = ? and year = ? and status = 'PUBLISHED'"
                        + " and superseded_at is null order by kind")
                .params(organisationId, year).query(BudgetStore::publication).list();
    }

    boolean anyPublished(long organisationId) {
        return jdbc.sql("select exists (select 1 from budget_publication where organisation_id = ? and status = 'PUBLISHED')")
                .param(organisationId).query(Boolean.class).single();
    }

    /** Organisation slug, year and time of the newest publication of each published year, newest first. */
    List<PublishedYear> publishedYears(int max) {
        return jdbc.sql("""
                select o.slug, b.year, max(b.published_at) from budget_publication b join organisation o on o.id = b.organisation_id
                 where b.status = 'PUBLISHED' group by o.slug, b.year order by max(b.published_at) desc limit ?""")
                .param(max).query((rs, n) -> new PublishedYear(rs.getString(1), rs.getInt(2),
                        rs.getTimestamp(3).toInstant())).list();
    }

    record PublishedYear(String slug, int year, Instant publishedAt) {
    }

    /** The header values an upload writes. */
    record Values(String title, LocalDate approvedOn, LocalDate dueOn, String fileName, BigDecimal incomeTotal,
                  BigDecimal functionalTotal, String explanation, BigDecimal economicTotal, BigDecimal fundTotal) {
    }

    /** A publication's tables; economic and fund are null when its workbook had no such sheet. */
    record Tables(List<BudgetWorkbook.Item> income, List<BudgetWorkbook.Item> expenditure,
                  List<BudgetWorkbook.Line> functional, List<BudgetWorkbook.ThreePublic> threePublic,
                  List<BudgetWorkbook.Line> economic, BigDecimal economicTotal, List<BudgetWorkbook.Line> fund,
                  BigDecimal fundTotal) {

        /** 收支总表 as printed: income and expenditure items side by side, row by row. */
        public List<SummaryRow> summaryRows() {
            List<SummaryRow> rows = new java.util.ArrayList<>();
            for (int i = 0; i < Math.max(income.size(), expenditure.size()); i++) {
                rows.add(new SummaryRow(i < income.size() ? income.get(i) : null,
                        i < expenditure.size() ? expenditure.get(i) : null));
            }
            return rows;
        }
    }

    record SummaryRow(BudgetWorkbook.Item income, BudgetWorkbook.Item expenditure) {
    }

    private static Publication publication(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Publication(rs.getLong("id"), rs.getLong("organisation_id"), rs.getInt("year"),
                BudgetKind.valueOf(rs.getString("kind")), "PUBLISHED".equals(rs.getString("status")),
                rs.getString("title"), rs.getObject("approved_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("file_name"), rs.getBigDecimal("income_total"),
                rs.getBigDecimal("functional_total"), rs.getString("explanation"), rs.getString("review_statement"),
                rs.getTimestamp("uploaded_at").toInstant(), published == null ? null : published.toInstant(),
                rs.getInt("version"), rs.getBigDecimal("economic_total"), rs.getBigDecimal("fund_total"),
                rs.getInt("amendment"), (Long) rs.getObject("amends_id"), rs.getString("amendment_reason"),
                rs.getTimestamp("superseded_at") == null ? null : rs.getTimestamp("superseded_at").toInstant());
    }
}
