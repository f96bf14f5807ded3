package org.custos.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.custos.InvalidValueException;
import org.junit.jupiter.api.Test;

class ModelTest {
    static final String MD5 = "d35c785545392755e7e4164457657269";

    @Test
    void hexSignalsAreLowerCasedAndCheckedForLengthAndAlphabet() {
        assertThat(Signal.of(SignalType.MD5, MD5.toUpperCase()).value()).isEqualTo(MD5);
        assertThatThrownBy(() -> Signal.of(SignalType.MD5, MD5 + "0"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("32 hex characters, got 33");
        assertThatThrownBy(() -> Signal.of(SignalType.SHA1, "g".repeat(40)))
                .hasMessageContaining("non-hex character 'g' at position 1");
        assertThatThrownBy(() -> new Signal(SignalType.MD5, MD5, 80)).hasMessageContaining("only a pdq signal");
    }

    @Test
    void foreignSignalsAreKeptVerbatim() {
        String pdna = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1...";
        assertThat(Signal.of(SignalType.PHOTODNA, pdna).value()).isEqualTo(pdna);
        assertThat(SignalType.ofToken("tmk-pdqf")).isEqualTo(SignalType.TMK_PDQF);
    }

    @Test
    void entriesSortTheirSignalsAndRefuseTheSameSignalTwice() {
        Entry e = Entry.builder("x").signal(SignalType.SHA1, "a".repeat(40)).signal(SignalType.MD5, MD5).build();
        assertThat(e.signals()).extracting(Signal::type).containsExactly(SignalType.MD5, SignalType.SHA1);
        assertThatThrownBy(() -> Entry.builder("x").signal(SignalType.MD5, MD5).signal(SignalType.MD5, MD5.toUpperCase())
                .build()).hasMessageContaining("carries the signal md5:" + MD5 + " twice");
    }

    @Test
    void onlyTombstonesMayHaveNoSignal() {
        assertThatThrownBy(() -> Entry.builder("x").build()).hasMessageContaining("entry x has no signal");
        assertThat(Entry.builder("x").status(EntryStatus.WITHDRAWN).build().signals()).isEmpty();
    }

    @Test
    void jurisdictionsAreIsoCodes() {
        assertThat(new Attestation("Hotline", Instant.EPOCH, "nl").jurisdiction()).isEqualTo("NL");
        assertThatThrownBy(() -> new Attestation("Hotline", Instant.EPOCH, "XX"))
                .hasMessageContaining("not an ISO 3166-1 alpha-2 code: 'XX'");
    }

    @Test
    void provenanceCountsDistinctJurisdictions() {
        Provenance p = new Provenance("a", null, List.of(new Attestation("a", Instant.EPOCH, "NL"),
                new Attestation("b", Instant.EPOCH, "NL"), new Attestation("c", Instant.EPOCH, "DE")));
        assertThat(p.jurisdictionCount()).isEqualTo(2);
    }

    @Test
    void identifiersRefuseControlCharacters() {
        assertThatThrownBy(() -> Entry.builder("a\nb").signal(SignalType.MD5, MD5).build())
                .hasMessageContaining("entry id contains a control character at position 2");
    }
}
