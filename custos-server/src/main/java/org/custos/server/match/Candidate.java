package org.custos.server.match;

import org.custos.lists.SignalType;
import org.custos.video.match.MatchPercentages;

/**
 * An index hit for query number {@code query}: which entry of which list, through which signal, how far. A
 * vPDQ hit has distance 0 and carries the shares of frames matched instead ({@code video}, null otherwise).
 */
public record Candidate(int query, long entryKey, int listNumber, SignalType signalType, int distance,
                        MatchPercentages video) {
    public Candidate(int query, long entryKey, int listNumber, SignalType signalType, int distance) {
        this(query, entryKey, listNumber, signalType, distance, null);
    }

    static Candidate video(int query, long entryKey, int listNumber, MatchPercentages shares) {
        return new Candidate(query, entryKey, listNumber, SignalType.VPDQ, 0, shares);
    }
}
