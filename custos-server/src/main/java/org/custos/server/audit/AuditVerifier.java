package org.custos.server.audit;

import java.security.MessageDigest;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks the chain from record 1 in pages and stops at the first record that breaks it: a gap in the
 * sequence (a deleted record), a previous hash that is not the hash before it (a deleted, inserted or
 * recomputed record), a hash that does not match the record's fields (an altered record), or a head that
 * names a different last record (records removed from the end). Usable by the server and, on a stopped
 * server's database, by the command line.
 */
public final class AuditVerifier {
    private static final int PAGE = 10_000;
    private final JdbcClient jdbc;

    public AuditVerifier(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public AuditVerification verify() {
        byte[] previous = AuditChain.GENESIS;
        long expected = 1;
        List<AuditRecord> page;
        do {
            page = jdbc.sql("select * from audit_record where seq >= ? order by seq limit ?")
                    .params(expected, PAGE).query(AuditLog::row).list();
            for (AuditRecord record : page) {
                String problem = problem(record, expected, previous);
                if (problem != null) {
                    return AuditVerification.broken(expected - 1, expected, problem);
                }
                previous = record.hash();
                expected++;
            }
        } while (page.size() == PAGE);
        return checkHead(expected - 1, previous);
    }

    private static String problem(AuditRecord record, long expected, byte[] previous) {
        if (record.seq() != expected) {
            return "record " + expected + " is missing (the next record is " + record.seq() + ")";
        }
        if (!MessageDigest.isEqual(record.previousHash(), previous)) {
            return "record " + expected + " does not link to the record before it (previous hash differs)";
        }
        byte[] recomputed = AuditChain.hash(previous, record.seq(), record.at(), record.event());
        if (!MessageDigest.isEqual(recomputed, record.hash())) {
            return "record " + expected + " was altered (its hash does not match its content)";
        }
        return null;
    }

    private AuditVerification checkHead(long last, byte[] lastHash) {
        var head = jdbc.sql("select seq, hash from audit_head").query((rs, n) -> new Object[] {rs.getLong(1),
                rs.getBytes(2)}).optional();
        long headSeq = head.map(h -> (Long) h[0]).orElse(0L);
        byte[] headHash = head.map(h -> (byte[]) h[1]).orElse(AuditChain.GENESIS);
        if (headSeq != last || !MessageDigest.isEqual(headHash, lastHash)) {
            long broken = headSeq == last ? last : Math.min(headSeq, last) + 1;
            return AuditVerification.broken(last, broken, "the chain ends at record " + last
                    + " but its head names record " + headSeq + " (records were removed from the end)");
        }
        return AuditVerification.intact(last);
    }
}
