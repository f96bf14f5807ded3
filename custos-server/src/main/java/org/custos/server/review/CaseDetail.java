package org.custos.server.review;

import java.util.List;

/** A case with its matches and history. */
public record CaseDetail(ReviewCase reviewCase, List<CaseMatch> matches, List<CaseEvent> history) {
}
