package org.custos.reports.removal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.custos.Preconditions;
import org.custos.reports.model.Fields;

/**
 * A request to a host to take down content at a URL, and its history: first and last sending, how often sent,
 * when escalated and when removal was confirmed. Immutable; each transition returns the next state and refuses
 * moves a closed notice cannot make.
 */
public record RemovalNotice(String noticeId, URI url, String hostId, Instant firstSentAt, Instant lastSentAt,
                            int sends, Instant escalatedAt, Instant removedAt) {
    public RemovalNotice {
        noticeId = Fields.required(noticeId, Fields.SHORT, "notice id");
        Preconditions.check(url != null && url.isAbsolute(), "notice URL must be absolute: %s", url);
        hostId = Fields.required(hostId, Fields.SHORT, "host id");
        Preconditions.checkNotNull(firstSentAt, "first sent at");
        Preconditions.check(sends >= 1, "a notice is sent at least once, got %d", sends);
        Preconditions.check(removedAt == null || !removedAt.isBefore(firstSentAt), "notice %s removed before it was sent", noticeId);
    }

    public static RemovalNotice first(String noticeId, URI url, String hostId, Instant at) {
        return new RemovalNotice(noticeId, url, hostId, at, at, 1, null, null);
    }

    public boolean open() {
        return removedAt == null;
    }

    public RemovalNotice resent(Instant at) {
        Preconditions.check(open(), "notice %s is closed: the content was removed", noticeId);
        return new RemovalNotice(noticeId, url, hostId, firstSentAt, at, sends + 1, escalatedAt, null);
    }

    public RemovalNotice escalated(Instant at) {
        Preconditions.check(open() && escalatedAt == null, "notice %s cannot be escalated again or after removal", noticeId);
        return new RemovalNotice(noticeId, url, hostId, firstSentAt, lastSentAt, sends, at, null);
    }

    public RemovalNotice removed(Instant at) {
        Preconditions.check(open(), "notice %s is already closed", noticeId);
        return new RemovalNotice(noticeId, url, hostId, firstSentAt, lastSentAt, sends, escalatedAt, at);
    }

    /** From the first notice to confirmed removal; empty while open. */
    public Optional<Duration> timeToRemoval() {
        return Optional.ofNullable(removedAt).map(r -> Duration.between(firstSentAt, r));
    }
}
