package org.custos.server.list;

import java.util.UUID;
import org.custos.Preconditions;
import org.custos.lists.policy.AcceptancePolicy;

/** A request to match against a list, with an acceptance policy in custos-lists' text form (empty: all). */
public record NewSubscription(UUID listId, String policy) {
    public NewSubscription {
        Preconditions.checkNotNull(listId, "listId");
        policy = policy == null ? "" : policy;
        AcceptancePolicy.parse(policy);
    }
}
