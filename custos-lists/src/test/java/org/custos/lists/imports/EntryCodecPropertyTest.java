package org.custos.lists.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.custos.lists.Entry;
import org.custos.lists.EntryArbitraries;
import org.custos.lists.terminology.Crosswalk;

/** The spool's binary form gives back every entry it encodes, one after another in one buffer. */
class EntryCodecPropertyTest {
    private final EntryCodec codec = new EntryCodec(Crosswalk.standard());

    @Property(tries = 500)
    void decodeOfEncodeIsTheEntry(@ForAll("entries") List<Entry> entries) {
        SpoolOutput out = new SpoolOutput();
        for (Entry e : entries) codec.encode(e, out);
        SpoolInput in = new SpoolInput();
        in.window(out.bytes(), 0, out.size());
        for (Entry e : entries) assertThat(codec.decode(in)).isEqualTo(e);
        assertThat(in.done()).isTrue();
    }

    /** Half the entries with a digest or PDQ first carry its key as id, which the codec writes as one byte. */
    @Provide
    Arbitrary<List<Entry>> entries() {
        return net.jqwik.api.Combinators.combine(EntryArbitraries.any(), net.jqwik.api.Arbitraries.of(false, true))
                .as((e, keyed) -> keyed && digestFirst(e) ? e.toBuilder().id(e.signals().getFirst().key()).build() : e)
                .list().ofMaxSize(6);
    }

    private static boolean digestFirst(Entry e) {
        return !e.signals().isEmpty() && !e.signals().getFirst().type().foreign();
    }
}
