package org.custos.server.match;

import java.util.List;
import java.util.UUID;

/**
 * The answer to a batch: every match (each naming the query it answers), and the queries that could not be
 * matched (PDQ quality below 50). A query with neither matched nothing. Matches join one case, named by
 * {@code caseId} (null when nothing matched).
 */
public record MatchAnswer(int queries, List<MatchedEntry> matches, List<Integer> unmatchable, UUID caseId) {
}
