package org.custos.server.review;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.cache.TimedCache;
import org.custos.server.list.ListService;
import org.custos.server.security.Caller;
import org.custos.server.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An organisation's action policy. A match on list L whose entry has common category C gets the rule for
 * (L, C) if set, else the rule for (L, ANY), else {@link #DEFAULT}: without a rule a person reviews. Matching
 * reads the rules from a cache of a few seconds ({@code custos.policies.cache-millis}, default 2000; see
 * {@link TimedCache}), which a change on this instance clears once it commits; on another instance a change
 * shows within that lifetime.
 */
@Service
public class ActionPolicyService {
    public static final Action DEFAULT = Action.REVIEW;
    private final ActionPolicies policies;
    private final ListService lists;
    private final AuditLog audit;
    private final TimedCache<UUID, Map<String, Action>> rules;

    ActionPolicyService(ActionPolicies policies, ListService lists, AuditLog audit,
                        @Value("${custos.policies.cache-millis:2000}") long cacheMillis) {
        this.policies = policies;
        this.lists = lists;
        this.audit = audit;
        this.rules = new TimedCache<>(Duration.ofMillis(cacheMillis), 100_000);
    }

    @Transactional
    public List<ActionPolicy> set(Caller caller, NewActionPolicy rule) {
        lists.get(caller, rule.listId());
        policies.put(caller.organisationId(), rule);
        forgetAfterCommit(caller.organisationId());
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "policy.action.set",
                rule.listId().toString(), rule.category() + " " + rule.action()));
        return policies.of(caller.organisationId());
    }

    @Transactional
    public void remove(Caller caller, UUID listId, String category) {
        if (!policies.remove(caller.organisationId(), listId, category)) {
            throw new NotFoundException("action policy", listId + " " + category);
        }
        forgetAfterCommit(caller.organisationId());
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "policy.action.remove",
                listId.toString(), category));
    }

    public List<ActionPolicy> of(Caller caller) {
        return policies.of(caller.organisationId());
    }

    /** The organisation's rules, ready to decide many matches of one request. */
    public Resolver resolver(UUID organisationId) {
        Map<String, Action> rules = this.rules.get(organisationId, org -> policies.of(org).stream()
                .collect(Collectors.toUnmodifiableMap(p -> p.listId() + "/" + p.category(), ActionPolicy::action)));
        return (listId, category) -> rules.getOrDefault(listId + "/" + category,
                rules.getOrDefault(listId + "/" + ActionPolicy.ANY, DEFAULT));
    }

    /** Once the change commits, matching reads the organisation's rules afresh (read before, they were right). */
    private void forgetAfterCommit(UUID organisationId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rules.forget(organisationId);
            }
        });
    }

    /** The action for a match on a list, of an entry with a common category (null when unclassified). */
    @FunctionalInterface
    public interface Resolver {
        Action action(UUID listId, String category);
    }
}
