package org.custos.server.review;

/**
 * What a provider's policy does with a match, weakest first: {@code BLOCK} (the answer tells the caller to
 * block; no review asked), {@code REVIEW} (the case enters the review queue), {@code REPORT} (the case is
 * also marked for reporting where policy and law allow; the report itself is a later step).
 */
public enum Action {
    BLOCK,
    REVIEW,
    REPORT;

    /** The stronger of two actions; a case carries the strongest of its matches'. */
    public Action max(Action other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
