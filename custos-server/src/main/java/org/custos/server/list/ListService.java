package org.custos.server.list;

import java.util.List;
import java.util.UUID;
import org.custos.Preconditions;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.organisation.Organisations;
import org.custos.server.security.Caller;
import org.custos.server.web.ConflictException;
import org.custos.server.web.ForbiddenException;
import org.custos.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists as callers see them: the owner changes them, a READ grant reads them, a MATCH grant only learns that
 * they exist; any other organisation gets 404. Every change is audited and fed to the indexes in the same
 * transaction.
 */
@Service
public class ListService {
    private final Lists lists;
    private final Entries entries;
    private final IndexChanges changes;
    private final Organisations organisations;
    private final AuditLog audit;
    private final SubscriptionCache subscriptions;

    public ListService(Lists lists, Entries entries, IndexChanges changes, Organisations organisations,
                       AuditLog audit, SubscriptionCache subscriptions) {
        this.lists = lists;
        this.entries = entries;
        this.changes = changes;
        this.organisations = organisations;
        this.audit = audit;
        this.subscriptions = subscriptions;
    }

    @Transactional
    public ListInfo create(Caller caller, NewList request) {
        ListInfo list = lists.create(caller.organisationId(), request);
        record(caller, list, "list.create", list.id().toString(), list.purpose() + " " + list.name());
        return list;
    }

    public List<ListInfo> visible(Caller caller) {
        return lists.visibleTo(caller.organisationId());
    }

    /** The list if the caller has any access to it; 404 otherwise. */
    public ListInfo get(Caller caller, UUID listId) {
        access(caller, listId);
        return lists.find(listId).orElseThrow();
    }

    public ListInfo readable(Caller caller, UUID listId) {
        if (!access(caller, listId).readsEntries()) {
            throw new ForbiddenException("a MATCH grant allows matching against list " + listId + ", not reading it");
        }
        return lists.find(listId).orElseThrow();
    }

    public ListInfo owned(Caller caller, UUID listId) {
        if (access(caller, listId) != ListAccess.OWNER) {
            throw new ForbiddenException("only the owner of list " + listId + " may change it");
        }
        return lists.find(listId).orElseThrow();
    }

    /** The caller's access to the list; a list it has none to does not exist for it (404). */
    private ListAccess access(Caller caller, UUID listId) {
        return lists.access(caller.organisationId(), listId).orElseThrow(() -> new NotFoundException("list", listId));
    }

    @Transactional
    public void grant(Caller caller, UUID listId, UUID organisationId, GrantLevel level) {
        ListInfo list = owned(caller, listId);
        Preconditions.check(!organisationId.equals(caller.organisationId()), "an owner needs no grant on its list");
        organisations.find(organisationId).orElseThrow(() -> new NotFoundException("organisation", organisationId));
        lists.grant(list.id(), organisationId, level);
        record(caller, list, "list.grant", organisationId.toString(), level.name());
    }

    @Transactional
    public void revokeGrant(Caller caller, UUID listId, UUID organisationId) {
        ListInfo list = owned(caller, listId);
        if (!lists.revokeGrant(list.id(), organisationId)) {
            throw new NotFoundException("grant to organisation", organisationId);
        }
        subscriptions.forget(organisationId);
        record(caller, list, "list.revoke_grant", organisationId.toString(), "");
    }

    @Transactional
    public StoredEntry add(Caller caller, UUID listId, Entry entry) {
        ListInfo list = owned(caller, listId);
        StoredEntry stored = insert(list, entry);
        record(caller, list, "entry.add", entry.id(), entry.status().name());
        return stored;
    }

    /** Inserts a new entry and feeds it to the indexes if it can match; the caller audits. */
    public StoredEntry insert(ListInfo list, Entry entry) {
        if (entries.find(list, entry.id()).isPresent()) {
            throw new ConflictException("list " + list.id() + " has an entry '" + entry.id() + "' already");
        }
        long key = entries.insert(list, entry);
        if (!entry.status().tombstone()) {
            changes.append(key, list, IndexChange.Op.ADD, entry);
        }
        return new StoredEntry(key, list.id(), entry);
    }

    /**
     * Moves an entry to a new status. Withdrawn and deleted are final: the entry leaves the indexes at once
     * and never comes back; a disputed entry stays indexed and acceptance policies decide.
     */
    @Transactional
    public StoredEntry changeStatus(Caller caller, UUID listId, String entryId, EntryStatus status) {
        ListInfo list = owned(caller, listId);
        StoredEntry stored = entries.find(list, entryId).orElseThrow(() -> new NotFoundException("entry", entryId));
        EntryStatus from = stored.entry().status();
        if (from.tombstone()) {
            throw new ConflictException("entry '" + entryId + "' is " + from + " already; that is final");
        }
        Entry changed = stored.entry().toBuilder().status(status).build();
        entries.update(stored.key(), changed);
        if (status.tombstone()) {
            changes.append(stored.key(), list, IndexChange.Op.REMOVE, stored.entry());
        }
        record(caller, list, "entry." + status.name().toLowerCase(java.util.Locale.ROOT), entryId, from + " to " + status);
        return new StoredEntry(stored.key(), list.id(), changed);
    }

    /**
     * The existing dispute path, taken by a reviewer of an organisation that matched the entry and found the
     * match false: an ACTIVE entry becomes DISPUTED (it stays indexed; acceptance policies decide, and the
     * owner's next release carries the status to its subscribers), and the owner's audit records name the
     * disputing organisation, so the dispute reaches the owner. False if the entry is not ACTIVE or the
     * organisation no longer has access to its list.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean disputeAfterReview(Caller caller, long entryKey, String context) {
        StoredEntry stored = entries.byKeys(List.of(entryKey)).stream().findFirst().orElse(null);
        if (stored == null || stored.entry().status() != EntryStatus.ACTIVE
                || lists.access(caller.organisationId(), stored.listId()).isEmpty()) {
            return false;
        }
        ListInfo list = lists.find(stored.listId()).orElseThrow();
        entries.update(entryKey, stored.entry().toBuilder().status(EntryStatus.DISPUTED).build());
        audit.append(new AuditEvent(list.organisationId(), caller.keyId(), "entry.dispute", stored.entry().id(),
                "list " + list.id() + ": ACTIVE to DISPUTED by organisation " + caller.organisationId() + ", "
                        + context));
        return true;
    }

    public List<StoredEntry> entries(Caller caller, UUID listId, long afterKey, int limit) {
        Preconditions.checkRange(limit, 1, 10_000, "limit");
        return entries.page(readable(caller, listId), afterKey, limit);
    }

    public void record(Caller caller, ListInfo list, String action, String subject, String detail) {
        audit.append(new AuditEvent(list.organisationId(), caller.keyId(), action, subject,
                "list " + list.id() + (detail.isEmpty() ? "" : ": " + detail)));
    }
}
