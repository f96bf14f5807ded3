package org.custos.reports.dsa;

import java.time.LocalDate;
import java.util.List;
import org.custos.Preconditions;
import org.custos.reports.model.Fields;

/**
 * A provider's decision on one item found to be CSAM, as the statement of reasons needs it: the platform's
 * unique id for the decision (puid), the media, whether it is synthetic, whether content was removed or access
 * disabled, whether the account was suspended or terminated, detection and review, dates, territorial scope and
 * the legal ground. No user data: the statement names the decision, never the person.
 */
public record CsamDecision(String puid, Media media, boolean synthetic, boolean removed, AccountAction account,
                           boolean humanReviewed, LocalDate contentDate, LocalDate applicationDate,
                           List<String> territorialScope, String legalGround, String explanation, String facts) {
    public enum Media { IMAGE, VIDEO }

    public enum AccountAction { NONE, SUSPENDED, TERMINATED }

    public CsamDecision {
        Preconditions.check(puid != null && puid.matches("[a-zA-Z0-9\\-_]{1,500}"), "puid is malformed: '%s'", puid);
        Preconditions.checkNotNull(media, "media");
        Preconditions.checkNotNull(account, "account action");
        Preconditions.checkNotNull(contentDate, "content date");
        Preconditions.checkNotNull(applicationDate, "application date");
        territorialScope = List.copyOf(territorialScope);
        legalGround = Fields.required(legalGround, 500, "legal ground");
        explanation = Fields.required(explanation, 2000, "explanation");
        facts = Fields.required(facts, 5000, "decision facts");
    }
}
