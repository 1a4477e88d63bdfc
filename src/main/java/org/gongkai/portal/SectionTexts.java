package org.gongkai.portal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The editable texts of an organisation's fixed sections (table {@code portal_section_text}). */
@Repository
class SectionTexts {

    static final int MAX_LENGTH = 20_000;

    enum Section { GUIDE, RULES }

    /** A section's text; paragraphs are separated by blank lines. */
    record SectionText(long organisationId, Section section, String body, Instant updatedAt) {

        public List<String> paragraphs() {
            return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
    }

    private final JdbcClient jdbc;

    SectionTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SectionText> find(long organisationId, Section section) {
        return jdbc.sql("select body, updated_at from portal_section_text where organisation_id = ? and section = ?")
                .params(organisationId, section.name())
                .query((rs, i) -> new SectionText(organisationId, section, rs.getString("body"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** Saves the text, or deletes it when blank (the section then shows no text). */
    void save(long organisationId, Section section, String body, long staffId) {
        if (body == null || body.isBlank()) {
            jdbc.sql("delete from portal_section_text where organisation_id = ? and section = ?")
                    .params(organisationId, section.name()).update();
            return;
        }
        jdbc.sql("""
                insert into portal_section_text (organisation_id, section, body, updated_by, updated_at)
                values (?, ?, ?, ?, now())
                on conflict (organisation_id, section) do update
                   set body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(organisationId, section.name(), body.strip(), staffId).update();
    }

}
