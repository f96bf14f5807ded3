package org.custos.server.list;

import java.util.Arrays;
import java.util.List;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;

/** One step for the in-memory indexes: add or remove an entry's matchable signals. */
public record IndexChange(long seq, long entryKey, int listNumber, Op op, List<Signal> signals) {
    public enum Op { ADD, REMOVE }

    /** The signals the indexes hold: PDQ and the three file digests. */
    public static boolean indexed(Signal signal) {
        return switch (signal.type()) {
            case PDQ, MD5, SHA1, SHA256 -> true;
            default -> false;
        };
    }

    static String encode(List<Signal> signals) {
        return String.join(" ", signals.stream().filter(IndexChange::indexed).map(Signal::key).toList());
    }

    public static List<Signal> decode(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(" ")).map(IndexChange::signal).toList();
    }

    private static Signal signal(String key) {
        int colon = key.indexOf(':');
        return Signal.of(SignalType.ofToken(key.substring(0, colon)), key.substring(colon + 1));
    }
}
