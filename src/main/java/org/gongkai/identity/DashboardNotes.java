package org.gongkai.identity;

import java.util.List;

/** Implemented by modules that have something to put on a staff member's landing page. */
public interface DashboardNotes {

    List<DashboardNote> notesFor(StaffUser user);
}
