package org.gongkai.university;

import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/** Records an item of a university's board through the same audited action as the form (used by the demo). */
@Service
public class UniversityBoards {

    private final BoardEditing editing;

    UniversityBoards(BoardEditing editing) {
        this.editing = editing;
    }

    public void record(StaffUser user, long universityId, int itemNo, String office, Long columnId,
                       List<Long> documentIds, LocalDate changedOn, String notApplicableReason) {
        editing.save(user, universityId, itemNo, new BoardEditing.ItemForm(office,
                columnId == null ? "" : columnId.toString(),
                String.join(",", documentIds.stream().map(String::valueOf).toList()),
                changedOn == null ? "" : changedOn.toString(), notApplicableReason == null ? "" : "true",
                notApplicableReason == null ? "" : notApplicableReason, ""));
    }
}
