package org.custos.server.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.custos.server.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The operator's routing rules and receiving bodies' endpoints. */
@RestController
@PreAuthorize("hasRole('ADMIN') and hasAuthority('OPERATOR')")
@Tag(name = "Reports")
public class RoutingController {
    private final RoutingService routing;

    public RoutingController(RoutingService routing) {
        this.routing = routing;
    }

    @PutMapping(path = "/v1/report-routing", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Upload a routing rules document (custos-reports' tab-separated format) with a version "
            + "above the one in force")
    public Map<String, Integer> upload(@AuthenticationPrincipal Caller caller, @RequestBody String document) {
        return Map.of("version", routing.upload(caller, document));
    }

    @GetMapping("/v1/report-routing")
    @Operation(summary = "The routing rules document in force and its version")
    public Map<String, Object> current() {
        var current = routing.current();
        return Map.of("version", current.version(), "document", current.document());
    }

    @PostMapping("/v1/report-bodies/{id}")
    @Operation(summary = "Set where a body receives reports: adapter (CYBERTIPLINE, WEBHOOK or CUSTOS), endpoint, "
            + "username (webhook: key id; Custos peer: the recipient's organisation id) and secret (never answered; "
            + "none for a Custos peer)")
    public void putEndpoint(@AuthenticationPrincipal Caller caller, @PathVariable("id") String bodyId,
                            @RequestBody BodyEndpoint endpoint) {
        routing.putEndpoint(caller, bodyId, endpoint);
    }
}
