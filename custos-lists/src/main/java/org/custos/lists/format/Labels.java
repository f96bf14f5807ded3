package org.custos.lists.format;

import org.custos.lists.Entry;
import org.custos.lists.terminology.Scheme;

/** An entry's classification label as a writer's target scheme spells it, through the crosswalk. */
final class Labels {
    private Labels() {
    }

    /** The label in the options' scheme, or {@code ""} when the entry has none or the target is unclassified. */
    static String label(Entry e, FormatOptions options) {
        if (e.classification() == null || options.scheme() == Scheme.UNCLASSIFIED) return "";
        return options.crosswalk().translate(e.classification(), options.scheme()).label();
    }
}
