package org.custos.server.review;

import java.time.Instant;
import java.util.UUID;

/** One rule of an organisation's action policy: matches on {@code listId} of {@code category} ({@code ANY}: all) get {@code action}. */
public record ActionPolicy(UUID listId, String category, Action action, Instant updatedAt) {
    public static final String ANY = "ANY";
}
