package org.custos.lists;

import org.custos.InvalidValueException;

/**
 * One signal of an item: its type and normalised value, and for PDQ the quality (0–100) where the source gave
 * one ({@code null} otherwise).
 */
public record Signal(SignalType type, String value, Integer quality) implements Comparable<Signal> {
    public Signal {
        if (type == null) throw new InvalidValueException("signal type is required");
        value = type.normalise(value);
        if (quality != null) {
            if (type != SignalType.PDQ) {
                throw new InvalidValueException("only a pdq signal has a quality, " + type.token() + " was given "
                        + quality);
            }
            if (quality < 0 || quality > 100) {
                throw new InvalidValueException("pdq quality must be between 0 and 100, was " + quality);
            }
        }
    }

    public static Signal of(SignalType type, String value) {
        return new Signal(type, value, null);
    }

    /** The {@code type:value} key under which duplicates are found and one-hash files name their entries. */
    public String key() {
        return type.token() + ':' + value;
    }

    @Override
    public int compareTo(Signal o) {
        int c = type.compareTo(o.type);
        return c != 0 ? c : value.compareTo(o.value);
    }
}
