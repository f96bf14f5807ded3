package org.custos.server.list;

import java.util.List;
import java.util.UUID;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.security.Caller;
import org.custos.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subscribing to lists the caller owns or was granted; any other list answers 404. */
@Service
public class SubscriptionService {
    private final Subscriptions subscriptions;
    private final ListService lists;
    private final AuditLog audit;
    private final SubscriptionCache cache;

    public SubscriptionService(Subscriptions subscriptions, ListService lists, AuditLog audit,
                               SubscriptionCache cache) {
        this.subscriptions = subscriptions;
        this.lists = lists;
        this.audit = audit;
        this.cache = cache;
    }

    @Transactional
    public List<Subscription> subscribe(Caller caller, NewSubscription request) {
        lists.get(caller, request.listId());
        subscriptions.put(caller.organisationId(), request);
        cache.forget(caller.organisationId());
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "subscription.put",
                request.listId().toString(), request.policy().replace('\n', ';')));
        return subscriptions.of(caller.organisationId());
    }

    @Transactional
    public void unsubscribe(Caller caller, UUID listId) {
        if (!subscriptions.remove(caller.organisationId(), listId)) {
            throw new NotFoundException("subscription to list", listId);
        }
        cache.forget(caller.organisationId());
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "subscription.remove",
                listId.toString(), ""));
    }

    public List<Subscription> of(Caller caller) {
        return subscriptions.of(caller.organisationId());
    }
}
