package org.custos.lists.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.custos.lists.Attestation;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.LegalStatus;
import org.custos.lists.Provenance;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;

/** JSON Lines, the form releases are signed in, reads back every entry it writes, byte for byte. */
class EntryJsonPropertyTest {
    private static final FormatOptions OPTIONS = FormatOptions.of("prop", Scheme.US_INDUSTRY);

    @Property(tries = 300)
    void jsonLinesRoundTripsAnyEntry(@ForAll("entries") List<Entry> entries) {
        byte[] once = org.custos.lists.Samples.write(ListFormat.JSONL, entries, OPTIONS);
        List<Entry> back = org.custos.lists.Samples.read(ListFormat.JSONL, once, OPTIONS);
        assertThat(back).isEqualTo(entries);
        assertThat(org.custos.lists.Samples.write(ListFormat.JSONL, back, OPTIONS)).isEqualTo(once);
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        return entry().list().ofMaxSize(5);
    }

    private Arbitrary<Entry> entry() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00A0', '\u2FFF').ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
        Arbitrary<Signal> signal = Arbitraries.of(SignalType.values()).flatMap(t -> t.foreign()
                ? Arbitraries.strings().ofMinLength(1).ofMaxLength(20).map(v -> Signal.of(t, v))
                : Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(t.hexLength())
                        .map(v -> new Signal(t, v, t == SignalType.PDQ ? 90 : null)));
        Arbitrary<String> label = Arbitraries.of("A1", "A2", "B1", "B2");
        Arbitrary<Provenance> provenance = Combinators.combine(text, Arbitraries.longs().between(0, 4_000_000_000L),
                        Arbitraries.of("NL", "DE", "US", "BR"))
                .as((org, seconds, cc) -> new Provenance(org, Instant.ofEpochSecond(seconds),
                        List.of(new Attestation(org, Instant.ofEpochSecond(seconds / 2), cc))));
        return Combinators.combine(text, signal.set().ofMinSize(1).ofMaxSize(4), label, provenance,
                        Arbitraries.of(EntryStatus.values()), text.set().ofMaxSize(3), text.injectNull(0.5),
                        Arbitraries.of(LegalStatus.values()))
                .as((id, signals, l, p, status, tags, series, legal) -> {
                    Entry.Builder b = Entry.builder(id).classification(Crosswalk.standard().classify(Scheme.US_INDUSTRY, l))
                            .provenance(p).status(status).series(series).legality("NL", legal);
                    dedupe(signals).forEach(b::signal);
                    tags.forEach(b::tag);
                    return b.build();
                });
    }

    private static List<Signal> dedupe(Set<Signal> signals) {
        return signals.stream().collect(java.util.stream.Collectors.toMap(Signal::key, s -> s, (a, b) -> a))
                .values().stream().toList();
    }
}
