package org.gongkai.services;

import java.time.LocalDate;

/**
 * What a reply promised, by when, the ledger task that carries it out (if any) and the result once kept: the chain
 * suggestion → reply → promise → task → result.
 */
public record DeputyPromise(long id, long proposalId, int position, String text, LocalDate dueOn, Long taskId,
                            LocalDate keptOn, String result) {

    /** Not kept and past its deadline: the alert of the chain. */
    public boolean overdueOn(LocalDate today) {
        return keptOn == null && dueOn.isBefore(today);
    }
}
