package org.custos.lists.format;

import org.custos.Preconditions;
import org.custos.lists.SignalType;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;

/**
 * What a format needs beyond the bytes: the source name for errors, the classification scheme of labels read
 * or written (VICS numbers mean different things in {@code projectvic-us-v2} and {@code dhs-legacy}, so it is
 * always explicit), and for one-hash-per-line files the signal type when the length does not decide it.
 */
public record FormatOptions(String source, Scheme scheme, SignalType signalType, Crosswalk crosswalk) {
    public FormatOptions {
        Preconditions.checkNotNull(source, "source name");
        Preconditions.checkNotNull(scheme, "scheme");
        crosswalk = crosswalk == null ? Crosswalk.standard() : crosswalk;
    }

    public static FormatOptions of(String source, Scheme scheme) {
        return new FormatOptions(source, scheme, null, null);
    }

    public FormatOptions withScheme(Scheme value) {
        return new FormatOptions(source, value, signalType, crosswalk);
    }

    public FormatOptions withSignalType(SignalType value) {
        return new FormatOptions(source, scheme, value, crosswalk);
    }

    public FormatOptions withSource(String value) {
        return new FormatOptions(value, scheme, signalType, crosswalk);
    }
}
