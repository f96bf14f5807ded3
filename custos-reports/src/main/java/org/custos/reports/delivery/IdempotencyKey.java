package org.custos.reports.delivery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.custos.Preconditions;

/**
 * Names one step of one report's delivery to one body ("rep-0001 / ncmec / upload i1"), the same on every retry,
 * so a receiver that honours the {@code Idempotency-Key} header, and the server's outbox, can tell a retry from a
 * new call. Derived as a name-based UUID so it carries no report content.
 */
public record IdempotencyKey(String value) {
    public IdempotencyKey {
        Preconditions.check(value != null && value.matches("[0-9a-f-]{36}"), "not an idempotency key: '%s'", value);
    }

    public static IdempotencyKey of(String reportId, String bodyId, String step) {
        String name = reportId + "\u0000" + bodyId + "\u0000" + step;
        return new IdempotencyKey(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }
}
