package org.custos.reports.vault;

import java.util.List;

/** Checks that custody records form one unbroken chain from the genesis link. */
public final class CustodyChain {
    private CustodyChain() {
    }

    public static void verify(List<CustodyRecord> records) {
        String expected = CustodyRecord.GENESIS;
        for (int i = 0; i < records.size(); i++) {
            CustodyRecord r = records.get(i);
            if (!r.previousHash().equals(expected)) {
                throw new VaultException("custody chain of case " + r.caseId() + " is broken at record " + i);
            }
            expected = r.hash();
        }
    }
}
