package org.custos.reports.vault;

import java.time.Period;
import org.custos.Preconditions;

/**
 * How long a legal regime requires reported content and report data to be preserved. The default is one year,
 * the US REPORT Act's period for providers (18 U.S.C. § 2258A(h) as amended in 2024); deployments name their own
 * regimes (a national law, a longer period an authority requests).
 */
public record RetentionRegime(String id, Period retention) {
    public static final RetentionRegime DEFAULT = new RetentionRegime("us-report-act", Period.ofYears(1));

    public RetentionRegime {
        Preconditions.check(id != null && id.matches("[a-z0-9][a-z0-9-]{0,63}"), "retention regime id is malformed: '%s'", id);
        Preconditions.check(retention != null && !retention.isNegative() && !retention.isZero(),
                "retention of regime %s must be positive, was %s", id, retention);
    }
}
