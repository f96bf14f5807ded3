package org.custos.server.match;

import org.custos.lists.SignalType;

/** An index hit for query number {@code query}: which entry of which list, through which signal, how far. */
public record Candidate(int query, long entryKey, int listNumber, SignalType signalType, int distance) {
}
