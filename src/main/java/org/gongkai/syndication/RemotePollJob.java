package org.gongkai.syndication;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The only caller that makes this site fetch from other instances: every half hour, on one node. */
@Component
class RemotePollJob {

    private final RemotePoller poller;

    RemotePollJob(RemotePoller poller) {
        this.poller = poller;
    }

    @Scheduled(fixedDelayString = "${gongkai.syndication.remote.poll-every:PT30M}",
            initialDelayString = "${gongkai.syndication.remote.poll-initial-delay:PT5M}")
    @SchedulerLock(name = "syndication-remote-poll", lockAtMostFor = "PT20M")
    void poll() {
        poller.pollAll();
    }
}
