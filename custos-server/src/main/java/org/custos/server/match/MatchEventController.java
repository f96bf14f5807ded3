package org.custos.server.match;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.custos.Preconditions;
import org.custos.server.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('REVIEWER', 'AUDITOR')")
@Tag(name = "Matching")
public class MatchEventController {
    private final MatchEvents events;

    public MatchEventController(MatchEvents events) {
        this.events = events;
    }

    @GetMapping("/v1/match-events")
    @Operation(summary = "The organisation's recorded matches, newest first, for review")
    public List<MatchEvent> recent(@AuthenticationPrincipal Caller caller,
                                   @RequestParam(defaultValue = "100") int limit) {
        Preconditions.checkRange(limit, 1, 1000, "limit");
        return events.of(caller.organisationId(), limit);
    }
}
