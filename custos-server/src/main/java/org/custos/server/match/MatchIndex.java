package org.custos.server.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.custos.hash.PdqHash;
import org.custos.index.DigestIndex;
import org.custos.index.DigestType;
import org.custos.index.Entry;
import org.custos.index.Match;
import org.custos.index.PdqIndex;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;
import org.custos.server.list.IndexChange;
import org.custos.server.list.IndexChanges;
import org.custos.video.match.VpdqSignature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-memory indexes of every matchable signal, following the database's index_change feed. The first
 * load reads, in one repeatable-read snapshot, the last change number and every entry's indexed signals into
 * custos-index's bulk builders; afterwards {@link #refresh} applies the changes numbered after the last one
 * applied, as live adds and removes: no rebuild. vPDQ entries live in {@link ListedVideos}, which takes live adds
 * and removes from the start (it has no bulk builder); video MD5s in a digest table of their own. Until the first load ends the index is
 * not ready, and matching answers 503 rather than a false "no match".
 */
@Component
public class MatchIndex implements AutoCloseable {
    private static final int PAGE = 10_000;
    private final IndexChanges changes;
    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;
    private volatile PdqIndex pdq = PdqIndex.create();
    private final Map<SignalType, DigestTable> digests = new EnumMap<>(SignalType.class);
    private volatile ListedVideos videos = new ListedVideos();
    private volatile boolean ready;
    private long applied;

    public MatchIndex(IndexChanges changes, DataSource dataSource) {
        this.changes = changes;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(PAGE);
        this.snapshot = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        for (SignalType type : List.of(SignalType.MD5, SignalType.SHA1, SignalType.SHA256,
                SignalType.VIDEO_MD5)) {
            digests.put(type, DigestTable.empty(digestType(type)));
        }
    }

    /** Builds the indexes from the whole feed; then the index is ready. */
    public synchronized void load() {
        snapshot.executeWithoutResult(status -> {
            applied = streaming.queryForObject("select coalesce(max(seq), 0) from index_change", Long.class);
            PdqIndex.Builder pdqBuilder = PdqIndex.builder();
            Map<SignalType, DigestIndex.Builder> builders = new EnumMap<>(SignalType.class);
            digests.keySet().forEach(t -> builders.put(t, DigestIndex.builder(digestType(t))));
            ListedVideos loaded = new ListedVideos();
            streaming.query("select e.key, l.number, e.indexed from list_entry e join hash_list l on l.id = e.list_id "
                    + "where e.indexed <> ''", rs -> {
                        for (Signal s : IndexChange.decode(rs.getString(3))) {
                            add(pdqBuilder, builders, loaded, s, rs.getLong(1), rs.getInt(2));
                        }
                    });
            PdqIndex old = pdq;
            pdq = pdqBuilder.build();
            old.close();
            builders.forEach((t, b) -> digests.put(t, new DigestTable(b.build())));
            ListedVideos oldVideos = videos;
            videos = loaded;
            oldVideos.close();
        });
        ready = true;
    }

    /** Applies every change committed since the last one applied; returns how many. */
    public synchronized int refresh() {
        int count = 0;
        List<IndexChange> page;
        do {
            page = changes.after(applied, PAGE);
            page.forEach(this::apply);
            count += page.size();
        } while (page.size() == PAGE);
        return count;
    }

    public boolean ready() {
        return ready;
    }

    public synchronized long appliedChange() {
        return applied;
    }

    public List<Candidate> pdq(int query, PdqHash hash, int radius) {
        return candidates(query, pdq.query(hash, radius));
    }

    /** Entries near any of the variants (an image's dihedral hashes), each once at its smallest distance. */
    public List<Candidate> pdqAny(int query, List<PdqHash> variants, int radius) {
        return candidates(query, pdq.queryAny(variants, radius));
    }

    private static List<Candidate> candidates(int query, List<Match> matches) {
        List<Candidate> found = new ArrayList<>(matches.size());
        for (Match m : matches) {
            found.add(new Candidate(query, m.entry().id(), m.entry().listId(), SignalType.PDQ, m.distance()));
        }
        return found;
    }

    /** Listed videos the query video matches under vPDQ's default policy, with their shares of frames. */
    public List<Candidate> video(int query, VpdqSignature video) {
        return videos.query(query, video);
    }

    public List<Candidate> digest(int query, SignalType type, String hex) {
        List<Candidate> found = new ArrayList<>();
        for (var m : digests.get(type).lookup(hex)) {
            found.add(new Candidate(query, m.entryId(), m.listId(), type, 0));
        }
        return found;
    }

    public long pdqEntries() {
        return pdq.size();
    }

    public long pdqBytes() {
        return pdq.bytes();
    }

    public long videoEntries() {
        return videos.size();
    }

    public long unindexableVideos() {
        return videos.unindexable();
    }

    public long digestEntries() {
        return digests.values().stream().mapToLong(DigestTable::size).sum();
    }

    @Override
    public void close() {
        pdq.close();
        videos.close();
    }

    private void apply(IndexChange change) {
        for (Signal s : change.signals()) {
            if (s.type() == SignalType.VPDQ) {
                if (change.op() == IndexChange.Op.ADD) {
                    videos.add(change.entryKey(), change.listNumber(), s.value());
                } else {
                    videos.remove(change.entryKey(), change.listNumber());
                }
            } else if (s.type() == SignalType.PDQ) {
                Entry entry = new Entry(change.entryKey(), PdqHash.parse(s.value()), change.listNumber());
                if (change.op() == IndexChange.Op.ADD) pdq.add(entry); else pdq.remove(entry);
            } else if (change.op() == IndexChange.Op.ADD) {
                digests.get(s.type()).add(s.value(), change.entryKey(), change.listNumber());
            } else {
                digests.get(s.type()).remove(s.value(), change.entryKey());
            }
        }
        applied = change.seq();
    }

    private static void add(PdqIndex.Builder pdqBuilder, Map<SignalType, DigestIndex.Builder> builders,
                            ListedVideos videos, Signal s, long key, int list) {
        if (s.type() == SignalType.VPDQ) {
            videos.add(key, list, s.value());
        } else if (s.type() == SignalType.PDQ) {
            pdqBuilder.add(key, PdqHash.parse(s.value()), list);
        } else {
            builders.get(s.type()).add(s.value(), key, list);
        }
    }

    private static DigestType digestType(SignalType type) {
        return type == SignalType.VIDEO_MD5 ? DigestType.MD5 : DigestType.valueOf(type.name());
    }
}
