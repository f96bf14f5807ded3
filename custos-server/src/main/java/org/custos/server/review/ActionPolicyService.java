package org.custos.server.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.list.ListService;
import org.custos.server.security.Caller;
import org.custos.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's action policy. A match on list L whose entry has common category C gets the rule for
 * (L, C) if set, else the rule for (L, ANY), else {@link #DEFAULT}: without a rule a person reviews.
 */
@Service
public class ActionPolicyService {
    public static final Action DEFAULT = Action.REVIEW;
    private final ActionPolicies policies;
    private final ListService lists;
    private final AuditLog audit;

    ActionPolicyService(ActionPolicies policies, ListService lists, AuditLog audit) {
        this.policies = policies;
        this.lists = lists;
        this.audit = audit;
    }

    @Transactional
    public List<ActionPolicy> set(Caller caller, NewActionPolicy rule) {
        lists.get(caller, rule.listId());
        policies.put(caller.organisationId(), rule);
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "policy.action.set",
                rule.listId().toString(), rule.category() + " " + rule.action()));
        return policies.of(caller.organisationId());
    }

    @Transactional
    public void remove(Caller caller, UUID listId, String category) {
        if (!policies.remove(caller.organisationId(), listId, category)) {
            throw new NotFoundException("action policy", listId + " " + category);
        }
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "policy.action.remove",
                listId.toString(), category));
    }

    public List<ActionPolicy> of(Caller caller) {
        return policies.of(caller.organisationId());
    }

    /** The organisation's rules, ready to decide many matches of one request. */
    public Resolver resolver(UUID organisationId) {
        Map<String, Action> rules = policies.of(organisationId).stream()
                .collect(Collectors.toMap(p -> p.listId() + "/" + p.category(), ActionPolicy::action));
        return (listId, category) -> rules.getOrDefault(listId + "/" + category,
                rules.getOrDefault(listId + "/" + ActionPolicy.ANY, DEFAULT));
    }

    /** The action for a match on a list, of an entry with a common category (null when unclassified). */
    @FunctionalInterface
    public interface Resolver {
        Action action(UUID listId, String category);
    }
}
