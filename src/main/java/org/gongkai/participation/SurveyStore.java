package org.gongkai.participation;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for surveys, their questions and options, and the public's responses (V117). */
@Repository
class SurveyStore {

    /** A survey in a list. */
    record Row(long id, String title, Instant opensAt, Instant closesAt, boolean published, long responses) {
    }

    /** A free-text answer, with whether (and when) a person published it. */
    record TextAnswer(long id, long questionId, String text, Instant submittedAt, Instant publishedAt) {
    }

    /** One answer of a response, for the export. */
    record ExportCell(long responseId, Instant submittedAt, long questionId, Long optionId, String text) {
    }

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, String title, String description, Instant opensAt, Instant closesAt, long by) {
        return jdbc.sql("""
                        insert into survey (organisation_id, title, description, opens_at, closes_at, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, title, description, Timestamp.from(opensAt), Timestamp.from(closesAt), by)
                .query(Long.class).single();
    }

    Optional<Survey> find(long id) {
        return jdbc.sql("select * from survey where id = ?").param(id).query(SurveyStore::map).optional()
                .map(s -> s.withQuestions(questions(id)));
    }

    private List<Survey.Question> questions(long surveyId) {
        Map<Long, List<Survey.Option>> options = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.* from survey_option o join survey_question q on q.id = o.question_id
                         where q.survey_id = ? order by o.question_id, o.position""")
                .param(surveyId).query((rs, i) -> options.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>())
                        .add(new Survey.Option(rs.getLong("id"), rs.getInt("position"), rs.getString("label")))).list();
        return jdbc.sql("select * from survey_question where survey_id = ? order by position").param(surveyId)
                .query((rs, i) -> {
                    int max = rs.getInt("max_length");
                    Integer maxLength = rs.wasNull() ? null : max;
                    return new Survey.Question(rs.getLong("id"), rs.getInt("position"),
                            SurveyQuestionKind.valueOf(rs.getString("kind")), rs.getString("prompt"),
                            rs.getBoolean("required"), maxLength, options.getOrDefault(rs.getLong("id"), List.of()),
                            nullableLong(rs, "condition_option_id"));
                }).list();
    }

    Page<Row> list(long organisationId, boolean publishedOnly, Instant now, int page, int size) {
        String where = " where s.organisation_id = :org"
                + (publishedOnly ? " and s.status = 'PUBLISHED' and s.opens_at <= :now" : "");
        long total = jdbc.sql("select count(*) from survey s" + where).param("org", organisationId)
                .param("now", Timestamp.from(now)).query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                        select s.id, s.title, s.opens_at, s.closes_at, s.status,
                               (select count(*) from survey_response r where r.survey_id = s.id) as responses
                          from survey s""" + where + " order by s.opens_at desc, s.id desc limit :limit offset :offset")
                .param("org", organisationId).param("now", Timestamp.from(now)).param("limit", size)
                .param("offset", Page.offset(page, size))
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("title"),
                        rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                        "PUBLISHED".equals(rs.getString("status")), rs.getLong("responses")))
                .list();
        return new Page<>(rows, page, size, total);
    }

    /** Published surveys that have opened, the newest first, of all organisations (for the sitemap). */
    List<Row> visible(Instant now, int max) {
        return jdbc.sql("""
                        select s.id, s.title, s.opens_at, s.closes_at, s.status, 0 as responses from survey s
                         where s.status = 'PUBLISHED' and s.opens_at <= ? order by s.opens_at desc, s.id desc limit ?""")
                .params(Timestamp.from(now), max)
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("title"),
                        rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(), true, 0))
                .list();
    }

    void addQuestion(long surveyId, SurveyQuestionKind kind, String prompt, boolean required, Integer maxLength,
                     List<String> options, Long conditionOptionId) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from survey_question where survey_id = ?")
                .param(surveyId).query(Integer.class).single();
        long q = jdbc.sql("""
                        insert into survey_question (survey_id, position, kind, prompt, required, max_length,
                               condition_option_id)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(surveyId, position, kind.name(), prompt, required, maxLength, conditionOptionId)
                .query(Long.class).single();
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("insert into survey_option (question_id, position, label) values (?, ?, ?)")
                    .params(q, i + 1, options.get(i)).update();
        }
        touch(surveyId);
    }

    boolean removeQuestion(long surveyId, long questionId) {
        boolean removed = jdbc.sql("delete from survey_question where id = ? and survey_id = ?")
                .params(questionId, surveyId).update() == 1;
        if (removed) {
            jdbc.sql("""
                            update survey_question q set position = n.rn
                              from (select id, row_number() over (order by position) as rn
                                      from survey_question where survey_id = ?) n
                             where q.id = n.id and q.position <> n.rn""").param(surveyId).update();
            touch(surveyId);
        }
        return removed;
    }

    private void touch(long surveyId) {
        jdbc.sql("update survey set version = version + 1 where id = ?").param(surveyId).update();
    }

    boolean publish(long id, int version, Instant at, long by) {
        return jdbc.sql("""
                        update survey set status = 'PUBLISHED', published_at = ?, published_by = ?, version = version + 1
                         where id = ? and version = ? and status = 'DRAFT'""")
                .params(Timestamp.from(at), by, id, version).update() == 1;
    }

    /** Stores a response; empty when this browser already answered the survey. */
    Optional<Long> insertResponse(long surveyId, String browserKey, Instant at) {
        return jdbc.sql("""
                        insert into survey_response (survey_id, browser_key, submitted_at) values (?, ?, ?)
                        on conflict (survey_id, browser_key) do nothing returning id""")
                .params(surveyId, browserKey, Timestamp.from(at)).query(Long.class).optional();
    }

    boolean answered(long surveyId, String browserKey) {
        return jdbc.sql("select exists (select 1 from survey_response where survey_id = ? and browser_key = ?)")
                .params(surveyId, browserKey).query(Boolean.class).single();
    }

    void insertAnswer(long responseId, long questionId, Long optionId, String text) {
        jdbc.sql("insert into survey_answer (response_id, question_id, option_id, text) values (?, ?, ?, ?)")
                .params(responseId, questionId, optionId, text).update();
    }

    long responses(long surveyId) {
        return jdbc.sql("select count(*) from survey_response where survey_id = ?").param(surveyId)
                .query(Long.class).single();
    }

    /** Per question: how many responses answered it; per option: how many chose it. One query each. */
    Map<Long, Long> answeredPerQuestion(long surveyId) {
        Map<Long, Long> m = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.question_id, count(distinct a.response_id) as n from survey_answer a
                          join survey_question q on q.id = a.question_id where q.survey_id = ? group by a.question_id""")
                .param(surveyId).query((rs, i) -> m.put(rs.getLong("question_id"), rs.getLong("n"))).list();
        return m;
    }

    Map<Long, Long> chosenPerOption(long surveyId) {
        Map<Long, Long> m = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.option_id, count(*) as n from survey_answer a
                          join survey_question q on q.id = a.question_id
                         where q.survey_id = ? and a.option_id is not null group by a.option_id""")
                .param(surveyId).query((rs, i) -> m.put(rs.getLong("option_id"), rs.getLong("n"))).list();
        return m;
    }

    List<TextAnswer> textAnswers(long surveyId, boolean publishedOnly) {
        return jdbc.sql("""
                        select a.id, a.question_id, a.text, r.submitted_at, a.published_at
                          from survey_answer a join survey_response r on r.id = a.response_id
                         where r.survey_id = :survey and a.text is not null and (a.published_at is not null or not :pub)
                         order by a.question_id, r.submitted_at, a.id""")
                .param("survey", surveyId).param("pub", publishedOnly)
                .query((rs, i) -> {
                    Timestamp p = rs.getTimestamp("published_at");
                    return new TextAnswer(rs.getLong("id"), rs.getLong("question_id"), rs.getString("text"),
                            rs.getTimestamp("submitted_at").toInstant(), p == null ? null : p.toInstant());
                }).list();
    }

    boolean publishAnswer(long surveyId, long answerId, boolean publish, Instant at, long by) {
        return jdbc.sql("""
                        update survey_answer a set published_at = ?, published_by = ?
                          from survey_response r
                         where a.id = ? and r.id = a.response_id and r.survey_id = ? and a.text is not null""")
                .params(publish ? Timestamp.from(at) : null, publish ? by : null, answerId, surveyId).update() == 1;
    }

    List<ExportCell> export(long surveyId) {
        return jdbc.sql("""
                        select r.id as response_id, r.submitted_at, a.question_id, a.option_id, a.text
                          from survey_response r join survey_answer a on a.response_id = r.id
                         where r.survey_id = ? order by r.id, a.question_id, a.option_id""")
                .param(surveyId).query((rs, i) -> {
                    long o = rs.getLong("option_id");
                    Long optionId = rs.wasNull() ? null : o;
                    return new ExportCell(rs.getLong("response_id"), rs.getTimestamp("submitted_at").toInstant(),
                            rs.getLong("question_id"), optionId, rs.getString("text"));
                }).list();
    }

    /** Whether another question of the survey is asked only when an option of this one was chosen. */
    boolean isCondition(long surveyId, long questionId) {
        return jdbc.sql("""
                        select exists (select 1 from survey_question c join survey_option o on o.id = c.condition_option_id
                                        where c.survey_id = ? and o.question_id = ?)""")
                .params(surveyId, questionId).query(Boolean.class).single();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Survey map(ResultSet rs, int i) throws SQLException {
        Timestamp p = rs.getTimestamp("published_at");
        return new Survey(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
                rs.getString("description"), rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(), "PUBLISHED".equals(rs.getString("status")),
                p == null ? null : p.toInstant(), rs.getInt("version"), List.of());
    }
}
