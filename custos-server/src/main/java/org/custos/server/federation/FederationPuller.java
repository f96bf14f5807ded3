package org.custos.server.federation;

import java.util.UUID;
import org.custos.CustosException;
import org.custos.lists.imports.ByteSource;
import org.custos.lists.release.ReleaseVerifier;
import org.custos.lists.release.SignatureEnvelope;
import org.custos.lists.release.TrustStore;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.list.Lists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pulls mirrored lists on a schedule ({@code custos.federation.poll-millis}, default one minute). Each release
 * is applied in its own transaction that also locks the source row and moves its state, so a release is
 * applied once or not at all: a crash or network failure mid-way rolls back, and the next pull resumes from
 * the last state committed. The verifier accepts only the next version on top of that state, signed by a
 * trusted key of the list's owner. A failure is recorded on the source and retried at the next pull.
 */
@Component
class FederationPuller {
    private static final Logger LOG = LoggerFactory.getLogger(FederationPuller.class);
    private final FederationSources sources;
    private final RemoteNode remote;
    private final MirrorApplier applier;
    private final Lists lists;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    FederationPuller(FederationSources sources, RemoteNode remote, MirrorApplier applier, Lists lists, AuditLog audit,
                     TransactionTemplate transaction) {
        this.sources = sources;
        this.remote = remote;
        this.applier = applier;
        this.lists = lists;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${custos.federation.poll-millis:60000}", initialDelay = 1000)
    void pullAll() {
        for (UUID id : sources.all()) {
            pull(id);
        }
    }

    void pull(UUID id) {
        try {
            while (Boolean.TRUE.equals(transaction.execute(status -> applyNext(id)))) {
                // one release per transaction, until none is left
            }
        } catch (CustosException e) {
            transaction.executeWithoutResult(status -> sources.pulled(id, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("pulling federation source {} failed: {}", id, e.getClass().getName());
            transaction.executeWithoutResult(status -> sources.pulled(id, "failed: " + e.getClass().getSimpleName()));
        }
    }

    private boolean applyNext(UUID id) {
        var pull = sources.lock(id).orElse(null);
        if (pull == null) {
            return false;
        }
        var next = remote.next(pull, pull.state().version());
        if (next.isEmpty()) {
            sources.pulled(id, null);
            return false;
        }
        long version = next.get();
        var verified = new ReleaseVerifier(TrustStore.parse(pull.trust())).verify(
                ByteSource.of(remote.body(pull, version)), SignatureEnvelope.parse(remote.signature(pull, version)),
                pull.state());
        var state = applier.apply(lists.find(pull.localListId()).orElseThrow(), verified);
        sources.applied(id, state);
        audit.append(new AuditEvent(pull.organisationId(), null, "federation.apply", pull.localListId().toString(),
                "release " + version + " of " + pull.remoteUrl() + " list " + pull.state().listId() + ", "
                        + verified.header().changes() + " changes"));
        return true;
    }
}
