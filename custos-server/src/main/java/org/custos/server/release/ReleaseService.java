package org.custos.server.release;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.custos.Preconditions;
import org.custos.lists.Entry;
import org.custos.lists.HashList;
import org.custos.lists.SharingPolicy;
import org.custos.lists.release.ListRelease;
import org.custos.lists.release.ReleaseSigner;
import org.custos.lists.release.ReleaseWriter;
import org.custos.lists.release.SignatureEnvelope;
import org.custos.lists.release.SnapshotDigest;
import org.custos.lists.release.SortedSnapshots;
import org.custos.server.audit.AuditLog;
import org.custos.server.list.Entries;
import org.custos.server.list.ListInfo;
import org.custos.server.list.ListService;
import org.custos.server.organisation.Organisations;
import org.custos.server.security.Caller;
import org.custos.server.web.ConflictException;
import org.custos.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a list's changes as signed releases (custos-lists' release format) and serves them to readers.
 * Release n is the delta from the entries as of release n-1 (kept in {@code list_entry.published}) to the
 * entries now, computed by {@link SortedSnapshots#diff} twice: once to count for the header, once to write.
 * Publishing holds the audit lock, so two publishes of one list cannot both become version n.
 */
@Service
public class ReleaseService {
    private final ListService lists;
    private final Entries entries;
    private final Releases releases;
    private final SigningKeys keys;
    private final Organisations organisations;
    private final AuditLog audit;

    public ReleaseService(ListService lists, Entries entries, Releases releases, SigningKeys keys,
                          Organisations organisations, AuditLog audit) {
        this.lists = lists;
        this.entries = entries;
        this.releases = releases;
        this.keys = keys;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** Publishes the next release; a retry with the same idempotency key returns the release it made. */
    @Transactional
    public ReleaseInfo publish(Caller caller, UUID listId, String idempotencyKey) {
        ListInfo list = lists.owned(caller, listId);
        audit.lock();
        if (idempotencyKey != null) {
            var earlier = releases.byIdempotencyKey(listId, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        ReleaseInfo last = releases.last(listId).orElse(null);
        List<Entry> older = entries.published(list);
        List<Entry> newer = entries.current(list);
        var counted = SortedSnapshots.diff(older.iterator(), newer.iterator(), change -> { });
        if (counted.added() + counted.changed() + counted.removed() == 0) {
            throw new ConflictException("list " + listId + " has not changed since version "
                    + (last == null ? 0 : last.version()) + "; nothing to publish");
        }
        String parent = last == null ? SnapshotDigest.EMPTY : last.snapshotDigest();
        Preconditions.check(parent.equals(counted.olderDigest()), "list %s no longer matches its version %d",
                listId, last == null ? 0 : last.version());
        ListRelease header = new ListRelease(hashList(list), last == null ? 1 : last.version() + 1, parent,
                counted.newerDigest(), Instant.now().truncatedTo(ChronoUnit.MILLIS), counted.added(),
                counted.changed(), counted.removed());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String sha256;
        try (ReleaseWriter writer = new ReleaseWriter(body, header)) {
            SortedSnapshots.diff(older.iterator(), newer.iterator(), writer::write);
            sha256 = writer.finish();
        }
        SignatureEnvelope signature = ReleaseSigner.sign(header, sha256, keys.current(list.organisationId()));
        releases.insert(listId, header, body.toByteArray(), sha256, signature.toJson(), idempotencyKey);
        entries.markPublished(list);
        lists.record(caller, list, "list.publish", String.valueOf(header.version()), header.changes()
                + " changes, body sha256 " + sha256);
        return releases.last(listId).orElseThrow();
    }

    public List<ReleaseInfo> after(Caller caller, UUID listId, long version, int limit) {
        Preconditions.checkRange(limit, 1, 1000, "limit");
        return releases.after(lists.readable(caller, listId).id(), version, limit);
    }

    public byte[] body(Caller caller, UUID listId, long version) {
        return releases.body(lists.readable(caller, listId).id(), version)
                .orElseThrow(() -> new NotFoundException("release", listId + "/" + version));
    }

    public String signature(Caller caller, UUID listId, long version) {
        return releases.signature(lists.readable(caller, listId).id(), version)
                .orElseThrow(() -> new NotFoundException("release", listId + "/" + version));
    }

    public List<PublicSigningKey> publicKeys(UUID organisationId) {
        organisations.find(organisationId).orElseThrow(() -> new NotFoundException("organisation", organisationId));
        return keys.publicKeys(organisationId);
    }

    private HashList hashList(ListInfo list) {
        var owner = organisations.find(list.organisationId()).orElseThrow();
        return new HashList(list.id().toString(), owner.id().toString(), owner.jurisdiction(), list.name(),
                list.purpose(), list.scheme(), SharingPolicy.VETTED_PROVIDERS);
    }
}
