package org.gongkai.transparency;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every ten minutes (on one node), signs a new tree head if the log grew. */
@Component
class TreeHeadJob {

    private final TreeHeadSigner signer;

    TreeHeadJob(TreeHeadSigner signer) {
        this.signer = signer;
    }

    @Scheduled(fixedDelayString = "${gongkai.transparency.sign-every:PT10M}",
            initialDelayString = "${gongkai.transparency.sign-initial-delay:PT1M}")
    @SchedulerLock(name = "transparency-sign", lockAtMostFor = "PT5M")
    void sign() {
        signer.signIfGrown();
    }
}
