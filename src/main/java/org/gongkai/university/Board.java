package org.gongkai.university;

import org.gongkai.identity.Organisation;

import java.util.List;

/** A university's board today: the list's categories with their computed rows, and the counts of each state. */
public record Board(Organisation organisation, List<Section> sections) {

    public record Section(DisclosureList.Category category, List<BoardRow> rows) {
    }

    public List<BoardRow> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }

    public long missing() {
        return rows().stream().filter(BoardRow::missing).count();
    }

    public long overdue() {
        return rows().stream().filter(BoardRow::overdue).count();
    }

    /** Items missing or overdue (an item both is counted once): the work-list count. */
    public long flagged() {
        return rows().stream().filter(BoardRow::flagged).count();
    }

    public long count(ItemStatus status) {
        return rows().stream().filter(r -> r.status() == status).count();
    }

    public int size() {
        return rows().size();
    }
}
