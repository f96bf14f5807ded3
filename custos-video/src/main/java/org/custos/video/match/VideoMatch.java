package org.custos.video.match;

/** A listed video that a query matched, with the percentages that decided it. */
public record VideoMatch<K>(K video, MatchPercentages percentages) {
}
