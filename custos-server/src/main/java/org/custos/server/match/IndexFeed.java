package org.custos.server.match;

import org.custos.server.list.IndexChanged;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps {@link MatchIndex} current: loads it when the application starts, applies this instance's own changes
 * as soon as their transaction commits, and polls every second for changes other instances committed, so a
 * new entry or a withdrawal is effective everywhere within seconds.
 */
@Component
class IndexFeed implements ApplicationRunner {
    private final MatchIndex index;

    IndexFeed(MatchIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.load();
    }

    @TransactionalEventListener
    void committed(IndexChanged event) {
        poll();
    }

    @Scheduled(fixedDelayString = "${custos.index.poll-millis:1000}")
    void poll() {
        if (index.ready()) {
            index.refresh();
        }
    }
}
