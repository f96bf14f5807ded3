package org.custos.server.federation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.custos.server.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Mirrors of lists on other Custos nodes. Operator-only: the server fetches the URLs configured here. */
@RestController
@PreAuthorize("hasAuthority('OPERATOR') and hasRole('LIST_CURATOR')")
@Tag(name = "Federation", description = "Pull signed releases of lists from other Custos nodes")
public class FederationController {
    private final FederationService federation;

    public FederationController(FederationService federation) {
        this.federation = federation;
    }

    @PostMapping("/v1/federation/sources")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mirror a remote list into a new local list, pulled on a schedule and verified")
    public FederationSource create(@AuthenticationPrincipal Caller caller, @RequestBody NewSource request) {
        return federation.create(caller, request);
    }

    @GetMapping("/v1/federation/sources")
    @Operation(summary = "The organisation's mirrored lists with their applied version and last error")
    public List<FederationSource> list(@AuthenticationPrincipal Caller caller) {
        return federation.list(caller);
    }

    @GetMapping("/v1/federation/sources/{id}")
    @Operation(summary = "One mirrored list")
    public FederationSource get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return federation.get(caller, id);
    }
}
