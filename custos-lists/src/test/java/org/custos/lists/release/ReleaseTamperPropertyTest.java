package org.custos.lists.release;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.custos.lists.Entry;
import org.custos.lists.Samples;
import org.custos.lists.format.ListFormat;
import org.custos.lists.imports.ByteSource;
import org.custos.lists.terminology.Scheme;

/** Any change of any byte of a signed release body is refused, whatever it turns the body into. */
class ReleaseTamperPropertyTest {
    private static final PublisherKey KEY = PublisherKey.generate("Example Hotline");
    private static final List<Entry> ENTRIES = Samples.read(ListFormat.CSV, "bridge.csv", Scheme.US_INDUSTRY);
    private static final ReleaseTest.Published RELEASE = ReleaseTest.publish(new Snapshot(),
            Snapshot.of(ENTRIES), 1, KEY);

    @Property(tries = 200)
    void everyAlteredByteIsRefused(@ForAll @IntRange(min = 0, max = 1 << 30) int where,
            @ForAll @IntRange(min = 1, max = 255) int delta) {
        byte[] body = RELEASE.body().clone();
        int at = where % body.length;
        body[at] = (byte) (body[at] + delta);
        ReleaseVerifier verifier = new ReleaseVerifier(new TrustStore().trust(KEY.publicOnly()));
        assertThatThrownBy(() -> verifier.verify(ByteSource.of(body), RELEASE.signature(),
                SubscriberState.initial("bridges"))).isInstanceOf(ReleaseRejectedException.class);
    }
}
