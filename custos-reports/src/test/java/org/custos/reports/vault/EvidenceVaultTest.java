package org.custos.reports.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.custos.reports.MutableClock;
import org.custos.reports.SampleReports;
import org.junit.jupiter.api.Test;

class EvidenceVaultTest {
    private final MutableClock clock = new MutableClock(SampleReports.T0);
    private final MasterKey master = MasterKey.generate("mk-2026");
    private final InMemoryCaseKeys keys = new InMemoryCaseKeys();
    private final InMemoryCustodyLog log = new InMemoryCustodyLog();
    private final EvidenceVault vault = new EvidenceVault(master, keys, log, clock);
    private final byte[] content = "benign synthetic test bytes standing in for an image".getBytes();

    @Test
    void storesAndReadsWithACustodyChain() throws IOException {
        vault.openCase("case-1");
        byte[] sealed = store("case-1", "item-1");
        byte[] read = vault.read("case-1", "item-1", new ByteArrayInputStream(sealed), CustodyAction.VIEWED, "analyst-7",
                "confirm classification").readAllBytes();

        assertThat(read).isEqualTo(content);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("benign synthetic");
        assertThat(log.records).extracting(CustodyRecord::action).containsExactly(CustodyAction.STORED, CustodyAction.VIEWED);
        assertThat(log.records.getFirst().reason()).contains("sha256 ");
        CustodyChain.verify(log.records);
        assertThatThrownBy(() -> vault.openCase("case-1")).hasMessageContaining("case case-1 already has a key");
    }

    @Test
    void cryptoShreddingMakesTheCiphertextUnreadable() {
        vault.openCase("case-1");
        byte[] sealed = store("case-1", "item-1");
        Retention retention = new Retention("case-1", RetentionRegime.DEFAULT, clock.instant(), List.of());
        assertThatThrownBy(() -> vault.shred(retention, "retention-job")).hasMessageContaining("retained until 2027-03-01T10:15:30Z");

        clock.advance(Duration.ofDays(366));
        vault.shred(retention, "retention-job");

        assertThat(keys.map).isEmpty();
        assertThatThrownBy(() -> vault.read("case-1", "item-1", new ByteArrayInputStream(sealed), CustodyAction.VIEWED,
                "analyst-7", "look")).isInstanceOf(VaultException.class).hasMessageContaining("never opened, or shredded");
        vault.openCase("case-1"); // a new key under the same case id opens nothing old
        assertThatThrownBy(() -> vault.read("case-1", "item-1", new ByteArrayInputStream(sealed), CustodyAction.EXPORTED,
                "analyst-7", "look").readAllBytes()).hasMessageContaining("fails authentication");
        assertThat(log.records).extracting(CustodyRecord::action).contains(CustodyAction.SHREDDED);
    }

    @Test
    void aLegalHoldBlocksShreddingUntilReleased() {
        vault.openCase("case-2");
        Retention r = new Retention("case-2", new RetentionRegime("short", Period.ofDays(30)), clock.instant(), List.of());
        r = vault.placeHold(r, new LegalHold("hold-1", "auth-de-bka", "ongoing investigation", clock.instant(), null), "lead");
        clock.advance(Duration.ofDays(40));
        Retention held = r;
        assertThatThrownBy(() -> vault.shred(held, "retention-job")).hasMessageContaining("under a legal hold");
        Retention released = vault.releaseHold(r, "hold-1", "lead", "investigation closed");
        vault.shred(released, "retention-job");
        assertThat(keys.map).doesNotContainKey("case-2");
        CustodyChain.verify(log.records);
    }

    @Test
    void wrappedKeysAreBoundToTheirCaseAndMasterKey() {
        DataKey k = DataKey.generate();
        WrappedKey w = master.wrap("case-a", k);
        assertThat(WrappedKey.decode(w.encode()).encode()).isEqualTo(w.encode());
        WrappedKey moved = new WrappedKey("case-b", w.masterKeyId(), w.nonce(), w.ciphertext());
        assertThatThrownBy(() -> master.unwrap(moved)).hasMessageContaining("does not open with master key mk-2026");
        assertThatThrownBy(() -> new MasterKey("mk-2026", new byte[32]).unwrap(w)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> MasterKey.generate("mk-2025").unwrap(w)).hasMessageContaining("wrapped by master key mk-2026, not mk-2025");
    }

    @Test
    void anAlteredOrRemovedCustodyRecordBreaksTheChain() {
        vault.openCase("case-3");
        store("case-3", "a");
        store("case-3", "b");
        store("case-3", "c");
        List<CustodyRecord> without = new ArrayList<>(log.records);
        without.remove(1);
        assertThatThrownBy(() -> CustodyChain.verify(without)).hasMessageContaining("broken at record 1");
        CustodyRecord r = log.records.get(1);
        assertThatThrownBy(() -> new CustodyRecord(r.caseId(), r.itemId(), r.action(), "someone-else", r.reason(), r.at(),
                r.previousHash(), r.hash())).hasMessageContaining("does not match its hash");
    }

    private byte[] store(String caseId, String itemId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vault.store(caseId, itemId, new ByteArrayInputStream(content), out, "ingest", "reported match");
        return out.toByteArray();
    }
}
