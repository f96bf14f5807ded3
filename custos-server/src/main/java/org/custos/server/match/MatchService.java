package org.custos.server.match;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.hash.FileDigests;
import org.custos.lists.ListPurpose;
import org.custos.lists.SignalType;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.db.DatabaseThreads;
import org.custos.server.db.SqlBatch;
import org.custos.server.list.Entries;
import org.custos.server.list.StoredEntry;
import org.custos.server.list.Subscription;
import org.custos.server.list.SubscriptionCache;
import org.custos.server.review.Action;
import org.custos.server.review.ActionPolicyService;
import org.custos.server.review.CaseFiling;
import org.custos.server.review.Grouping;
import org.custos.server.security.Caller;
import org.custos.server.vault.EvidencePreservation;
import org.custos.server.vault.UploadedContent;
import org.custos.server.web.ServiceUnavailableException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches queries against the caller's subscribed lists: index hits within each list's PDQ threshold, kept
 * if the subscription's acceptance policy accepts the entry; a query that also hits an allowlist the caller
 * subscribes to is dropped whole. Only what remains is recorded, as match events and audit records: a query
 * that matched nothing reads only cached subscriptions (no database round trip) and writes nothing, logs
 * nothing, and is counted only in unlabelled totals. A vPDQ query matches a listed video by its shares of matched frames (see
 * {@link ListedVideos}), not by a distance, so the subscription's PDQ threshold does not apply to it. Each match gets the action of the organisation's policy and joins one case
 * (of the request's account or batch, see {@link CaseFiling}), in the transaction that records it; an uploaded
 * file whose matches ask for REVIEW or REPORT is sealed into the evidence vault in that same transaction
 * ({@link EvidencePreservation}), and one that matched nothing or only BLOCK is never kept. The database work
 * of a hit (its entries, then that transaction) runs on {@link DatabaseThreads}.
 */
@Service
public class MatchService {
    private final MatchIndex index;
    private final SubscriptionCache subscriptions;
    private final Entries entries;
    private final MatchEvents events;
    private final AuditLog audit;
    private final ActionPolicyService policies;
    private final CaseFiling cases;
    private final EvidencePreservation preservation;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final DatabaseThreads database;
    private final Counter queries;
    private final Counter matches;

    public MatchService(MatchIndex index, SubscriptionCache subscriptions, Entries entries, MatchEvents events,
                        AuditLog audit, ActionPolicyService policies, CaseFiling cases,
                        EvidencePreservation preservation, TransactionTemplate transaction, JdbcClient jdbc,
                        DatabaseThreads database, MeterRegistry metrics) {
        this.preservation = preservation;
        this.database = database;
        this.jdbc = jdbc;
        this.index = index;
        this.subscriptions = subscriptions;
        this.entries = entries;
        this.events = events;
        this.audit = audit;
        this.policies = policies;
        this.cases = cases;
        this.transaction = transaction;
        this.queries = Counter.builder("custos.match.queries").description("hashes matched").register(metrics);
        this.matches = Counter.builder("custos.match.matches").description("matches recorded").register(metrics);
        Gauge.builder("custos.index.pdq.entries", index, MatchIndex::pdqEntries).register(metrics);
        Gauge.builder("custos.index.pdq.bytes", index, MatchIndex::pdqBytes).register(metrics);
        Gauge.builder("custos.index.video.entries", index, MatchIndex::videoEntries).register(metrics);
        Gauge.builder("custos.index.video.unindexable", index, MatchIndex::unindexableVideos).register(metrics);
        Gauge.builder("custos.index.digest.entries", index, MatchIndex::digestEntries).register(metrics);
        Gauge.builder("custos.index.applied.change", index, MatchIndex::appliedChange).register(metrics);
    }

    public MatchAnswer match(Caller caller, List<ParsedQuery> batch, FileDigests content, Grouping grouping) {
        return match(caller, batch, content, grouping, null);
    }

    /**
     * Matches an uploaded file's queries; if a match asks for REVIEW or REPORT, the file is sealed into the
     * evidence vault with the match events, in one transaction. Otherwise it is dropped with the request.
     */
    public MatchAnswer matchUpload(Caller caller, List<ParsedQuery> batch, UploadedContent upload, Grouping grouping) {
        return match(caller, batch, upload.digests(), grouping, upload);
    }

    private MatchAnswer match(Caller caller, List<ParsedQuery> batch, FileDigests content, Grouping grouping,
                              UploadedContent upload) {
        if (!index.ready()) {
            throw new ServiceUnavailableException("the match index is still loading; retry in a few seconds");
        }
        queries.increment(batch.size());
        Map<Integer, Subscription> subscribed = subscriptions.of(caller.organisationId()).stream()
                .collect(Collectors.toMap(Subscription::listNumber, Function.identity()));
        List<Integer> unmatchable = batch.stream().filter(ParsedQuery::unmatchable).map(ParsedQuery::index).toList();
        List<Candidate> hits = hits(batch, subscribed);
        if (hits.isEmpty()) {
            return new MatchAnswer(batch.size(), List.of(), unmatchable, null);
        }
        MatchAnswer answer = database.call(() -> transaction.execute(status -> {
            List<Found> found = accepted(hits, subscribed);
            if (found.isEmpty()) {
                return new MatchAnswer(batch.size(), List.of(), unmatchable, null);
            }
            ActionPolicyService.Resolver policy = policies.resolver(caller.organisationId());
            List<MatchedEntry> answers = found.stream().map(f -> f.answer(f.action(policy))).toList();
            var caseId = record(caller, found, answers, content, grouping, upload);
            return new MatchAnswer(batch.size(), answers, unmatchable, caseId);
        }));
        matches.increment(answer.matches().size());
        return answer;
    }

    private List<Candidate> hits(List<ParsedQuery> batch, Map<Integer, Subscription> subscribed) {
        int radius = subscribed.values().stream().mapToInt(Subscription::pdqThreshold).max().orElse(-1);
        List<Candidate> hits = new ArrayList<>();
        if (radius < 0) {
            return hits;
        }
        for (ParsedQuery q : batch) {
            if (q.unmatchable()) {
                continue;
            }
            var found = q.type() == SignalType.VPDQ ? index.video(q.index(), q.video())
                    : q.type() != SignalType.PDQ ? index.digest(q.index(), q.type(), q.value())
                    : q.variants().isEmpty() ? index.pdq(q.index(), q.pdq(), radius)
                    : index.pdqAny(q.index(), q.variants(), radius);
            for (Candidate c : found) {
                Subscription s = subscribed.get(c.listNumber());
                if (s != null && (c.video() != null || c.distance() <= s.pdqThreshold())) {
                    hits.add(c);
                }
            }
        }
        return hits;
    }

    private List<Found> accepted(List<Candidate> hits, Map<Integer, Subscription> subscribed) {
        Map<Long, StoredEntry> stored = audit.lockAndRead(entries.byKeysQuery(hits.stream().map(Candidate::entryKey)
                        .distinct().toList()))
                .stream().collect(Collectors.toMap(StoredEntry::key, Function.identity()));
        List<Candidate> kept = hits.stream().filter(c -> stored.containsKey(c.entryKey())
                && subscribed.get(c.listNumber()).policy().accepts(stored.get(c.entryKey()).entry())).toList();
        Set<Integer> allowlisted = new HashSet<>();
        kept.stream().filter(c -> subscribed.get(c.listNumber()).purpose() == ListPurpose.ALLOWLIST)
                .forEach(c -> allowlisted.add(c.query()));
        Map<String, Found> nearest = new LinkedHashMap<>();
        kept.stream().filter(c -> !allowlisted.contains(c.query()))
                .sorted(Comparator.comparingInt(Candidate::query).thenComparingInt(Candidate::distance))
                .forEach(c -> nearest.putIfAbsent(c.query() + "/" + c.entryKey(),
                        new Found(c, subscribed.get(c.listNumber()), stored.get(c.entryKey()))));
        return List.copyOf(nearest.values());
    }

    private java.util.UUID record(Caller caller, List<Found> found, List<MatchedEntry> answers, FileDigests content,
                                  Grouping grouping, UploadedContent upload) {
        Action strongest = answers.stream().map(m -> Action.valueOf(m.action())).reduce(Action.BLOCK, Action::max);
        SqlBatch writes = new SqlBatch();
        var id = cases.file(writes, caller.organisationId(), caller.keyId(), grouping, strongest);
        for (int i = 0; i < found.size(); i++) {
            MatchedEntry m = answers.get(i);
            var event = events.record(writes, caller.organisationId(), m.listId(),
                    found.get(i).candidate().entryKey(), m, content, id);
            audit.append(writes, new AuditEvent(caller.organisationId(), caller.keyId(), "match.event",
                    event.toString(), "list " + m.listId() + " entry " + m.entryId() + " " + m.signalType()
                            + " distance " + m.distance() + " action " + m.action() + " case " + id));
        }
        if (upload != null && strongest != Action.BLOCK) {
            writes.run(jdbc);
            preservation.preserve(caller.organisationId(), caller.keyId(), id, upload, "upload matched, action "
                    + strongest);
        } else {
            writes.runAndCommit(jdbc);
        }
        return id;
    }
}
