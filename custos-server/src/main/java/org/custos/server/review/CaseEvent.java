package org.custos.server.review;

import java.time.Instant;

/** One step of a case's history: when, which key (null for the system), what kind, a short detail. */
public record CaseEvent(Instant at, String actorKeyId, String kind, String detail) {
}
