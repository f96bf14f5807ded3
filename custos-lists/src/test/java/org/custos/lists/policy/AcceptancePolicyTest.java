package org.custos.lists.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.custos.lists.Attestation;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.Provenance;
import org.custos.lists.SignalType;
import org.custos.lists.terminology.CommonCategory;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;
import org.junit.jupiter.api.Test;

class AcceptancePolicyTest {
    private static Entry entry(EntryStatus status, Scheme scheme, String label, String... jurisdictions) {
        List<Attestation> a = java.util.Arrays.stream(jurisdictions)
                .map(j -> new Attestation("org-" + j, Instant.EPOCH, j)).toList();
        return Entry.builder("e").signal(SignalType.MD5, "d35c785545392755e7e4164457657269").status(status)
                .classification(Crosswalk.standard().classify(scheme, label))
                .provenance(new Provenance("org", Instant.EPOCH, a)).build();
    }

    @Test
    void twoAttestationsFromTwoJurisdictions() {
        AcceptancePolicy p = AcceptancePolicy.parse("# two eyes\nmin-attestations = 2\nmin-jurisdictions = 2\n");
        assertThat(p.accepts(entry(EntryStatus.ACTIVE, Scheme.UK, "A", "NL", "DE"))).isTrue();
        assertThat(p.accepts(entry(EntryStatus.ACTIVE, Scheme.UK, "A", "NL", "NL"))).isFalse();
        assertThat(p.accepts(entry(EntryStatus.ACTIVE, Scheme.UK, "A", "NL"))).isFalse();
    }

    @Test
    void baselineOnlyAndIgnoreDisputed() {
        AcceptancePolicy p = AcceptancePolicy.parse("baseline-only = true\nignore-disputed = yes");
        assertThat(p.accepts(entry(EntryStatus.ACTIVE, Scheme.INTERPOL_BASELINE, "BASELINE"))).isTrue();
        assertThat(p.accepts(entry(EntryStatus.DISPUTED, Scheme.INTERPOL_BASELINE, "BASELINE"))).isFalse();
        assertThat(p.accepts(entry(EntryStatus.ACTIVE, Scheme.UK, "A"))).isFalse();
    }

    @Test
    void tombstonesNeverMatchWhateverThePolicy() {
        assertThat(AcceptancePolicy.ALL.accepts(entry(EntryStatus.WITHDRAWN, Scheme.UK, "A"))).isFalse();
        assertThat(AcceptancePolicy.ALL.accepts(entry(EntryStatus.DELETED, Scheme.UK, "A"))).isFalse();
        assertThat(AcceptancePolicy.ALL.accepts(entry(EntryStatus.DISPUTED, Scheme.UK, "A"))).isTrue();
    }

    @Test
    void categoriesFilterOnTheCommonLabel() {
        AcceptancePolicy p = AcceptancePolicy.parse("categories = CSAM, csam_sexual_activity");
        assertThat(p.categories()).containsExactlyInAnyOrder(CommonCategory.CSAM, CommonCategory.CSAM_SEXUAL_ACTIVITY);
        assertThat(p.accepts(entry(EntryStatus.ACTIVE, Scheme.PROJECT_VIC_US_V2, "1"))).isTrue();
        assertThat(p.accepts(entry(EntryStatus.ACTIVE, Scheme.PROJECT_VIC_US_V2, "2"))).isFalse();
    }

    @Test
    void unknownKeysAndValuesAreErrors() {
        assertThatThrownBy(() -> AcceptancePolicy.parse("min-attestation = 2")).hasMessageContaining("unknown key 'min-attestation'");
        assertThatThrownBy(() -> AcceptancePolicy.parse("baseline-only = maybe")).hasMessageContaining("true or false");
        assertThatThrownBy(() -> AcceptancePolicy.parse("categories = CP")).hasMessageContaining("unknown common category 'CP'");
    }
}
