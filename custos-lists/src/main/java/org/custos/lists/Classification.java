package org.custos.lists;

import org.custos.Preconditions;
import org.custos.lists.terminology.CommonLabel;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;

/**
 * An entry's classification: the label in its source scheme, kept as given (normalised), and the common label
 * the crosswalk assigns. Build it with {@link Crosswalk#classify}, which refuses unknown labels.
 */
public record Classification(Scheme scheme, String label, CommonLabel common) {
    public Classification {
        Preconditions.checkNotNull(scheme, "classification scheme");
        Text.check(label, Text.MAX_ID, "classification label");
        Preconditions.checkNotNull(common, "common label");
    }
}
