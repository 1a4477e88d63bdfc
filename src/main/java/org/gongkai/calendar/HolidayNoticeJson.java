package org.gongkai.calendar;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a year's notice in the holiday-cn JSON format ({@code {"year":2027,"papers":[…],"days":[{"name","date",
 * "isOffDay"}]}}) and checks it against that format's schema and the {@link NoticeRules}. Every problem is
 * reported, each with the item it concerns, so an administrator can fix a file in one go.
 */
final class HolidayNoticeJson {

    static final String FIELD = "json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The fields each day must have, with their JSON types, in the order problems are reported. */
    private static final String[][] REQUIRED_DAY_FIELDS = {{"name", "string"}, {"date", "string"}, {"isOffDay", "boolean"}};

    private HolidayNoticeJson() {
    }

    static ParsedNotice parse(String text, boolean allowEmpty) {
        if (text == null || text.isBlank()) {
            return ParsedNotice.failed(List.of(Problem.of(FIELD, "calendar.load.json.blank")));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            var at = e.getLocation();
            return ParsedNotice.failed(List.of(at == null
                    ? Problem.of(FIELD, "calendar.load.json.syntaxNoPlace")
                    : Problem.of(FIELD, "calendar.load.json.syntax", at.getLineNr(), at.getColumnNr())));
        }
        if (root == null || !root.isObject()) {
            return ParsedNotice.failed(List.of(Problem.of(FIELD, "calendar.load.json.notObject")));
        }
        List<Problem> problems = new ArrayList<>();
        Integer year = year(root.get("year"), problems);
        List<String> papers = papers(root.get("papers"), problems);
        List<NoticeDay> days = days(root.get("days"), problems);
        if (year != null && days != null) {
            problems.addAll(NoticeRules.check(year, days, allowEmpty, FIELD));
        }
        if (!problems.isEmpty()) {
            return ParsedNotice.failed(problems);
        }
        return ParsedNotice.ok(new HolidayNotice(year, papers, days));
    }

    private static Integer year(JsonNode node, List<Problem> problems) {
        if (node == null) {
            problems.add(Problem.of(FIELD, "calendar.load.json.missing", "year"));
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(Problem.of(FIELD, "calendar.load.json.yearType"));
            return null;
        }
        int year = node.intValue();
        if (!NoticeRules.yearInRange(year)) {
            problems.add(Problem.of(FIELD, "calendar.load.yearRange", String.valueOf(NoticeRules.MIN_YEAR), String.valueOf(NoticeRules.MAX_YEAR)));
            return null;
        }
        return year;
    }

    private static List<String> papers(JsonNode node, List<Problem> problems) {
        if (node == null) {
            problems.add(Problem.of(FIELD, "calendar.load.json.missing", "papers"));
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(Problem.of(FIELD, "calendar.load.json.papersType"));
            return List.of();
        }
        List<String> papers = new ArrayList<>();
        for (JsonNode p : node.values()) {
            if (!p.isString()) {
                problems.add(Problem.of(FIELD, "calendar.load.json.papersType"));
                return List.of();
            }
            String address = p.stringValue().trim();
            if (!address.matches("https?://\\S{1,500}")) {
                problems.add(Problem.of(FIELD, "calendar.load.json.paperAddress", address));
                return List.of();
            }
            papers.add(address);
        }
        return papers;
    }

    private static List<NoticeDay> days(JsonNode node, List<Problem> problems) {
        if (node == null) {
            problems.add(Problem.of(FIELD, "calendar.load.json.missing", "days"));
            return null;
        }
        if (!node.isArray()) {
            problems.add(Problem.of(FIELD, "calendar.load.json.daysType"));
            return null;
        }
        List<NoticeDay> days = new ArrayList<>();
        int before = problems.size();
        int i = 0;
        for (JsonNode item : node.values()) {
            i++;
            NoticeDay day = day(item, i, problems);
            if (day != null) {
                days.add(day);
            }
        }
        return problems.size() == before ? days : null;
    }

    private static NoticeDay day(JsonNode item, int number, List<Problem> problems) {
        if (!item.isObject()) {
            problems.add(Problem.of(FIELD, "calendar.load.json.dayType", number));
            return null;
        }
        int before = problems.size();
        for (String[] required : REQUIRED_DAY_FIELDS) {
            JsonNode v = item.get(required[0]);
            boolean rightType = v != null && (required[1].equals("string") ? v.isString() : v.isBoolean());
            if (v == null) {
                problems.add(Problem.of(FIELD, "calendar.load.json.dayMissing", number, required[0]));
            } else if (!rightType) {
                problems.add(Problem.of(FIELD, "calendar.load.json.dayFieldType", number, required[0], required[1]));
            }
        }
        if (problems.size() != before) {
            return null;
        }
        String dateText = item.get("date").stringValue().trim();
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(FIELD, "calendar.load.badDate", number, dateText));
            return null;
        }
        return new NoticeDay(date, item.get("isOffDay").booleanValue(), item.get("name").stringValue().trim());
    }
}
