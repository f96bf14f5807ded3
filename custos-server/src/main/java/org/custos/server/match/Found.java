package org.custos.server.match;

import org.custos.lists.Classification;
import org.custos.lists.Entry;
import org.custos.server.list.StoredEntry;
import org.custos.server.list.Subscription;
import org.custos.server.review.Action;
import org.custos.server.review.ActionPolicyService;

/** An accepted hit with its subscription and stored entry, before it becomes a {@link MatchedEntry}. */
record Found(Candidate candidate, Subscription subscription, StoredEntry stored) {
    MatchedEntry answer(Action action) {
        Entry e = stored.entry();
        Classification c = e.classification();
        return new MatchedEntry(candidate.query(), subscription.listId(), subscription.listName(), e.id(),
                candidate.signalType().token(), candidate.distance(), e.status().name(),
                c == null ? null : c.scheme().token(), c == null ? null : c.label(),
                c == null ? null : c.common().category().name(), c == null || c.common().age() == null ? null
                        : c.common().age().name(),
                e.provenance().contributor(), e.provenance().added(), action.name(),
                candidate.video() == null ? null : candidate.video().queryPercent(),
                candidate.video() == null ? null : candidate.video().listedPercent());
    }

    /** The action the organisation's policy gives this match, by list and the entry's common category. */
    Action action(ActionPolicyService.Resolver policy) {
        Classification c = stored.entry().classification();
        return policy.action(subscription.listId(), c == null ? null : c.common().category().name());
    }
}
