package org.gongkai.services;

import org.gongkai.identity.StaffUser;

import java.util.List;

/**
 * The actions on an item published in editions (a list item, a service's guide), as {@link EditionAdminPages} uses
 * them: create with the first draft, save the draft, publish the approved draft, read the editions newest first.
 */
interface VersionedItems<E extends VersionedItems.Edition, F> {

    /** What the shared pages need of an edition. */
    interface Edition {
        long id();

        long organisationId();

        boolean published();
    }

    long create(StaffUser user, F form);

    void saveDraft(StaffUser user, long id, F form);

    int publish(StaffUser user, long id);

    /** The item's editions, newest first; 403/404 when the user may not read it. */
    List<E> readable(StaffUser user, long id);
}
