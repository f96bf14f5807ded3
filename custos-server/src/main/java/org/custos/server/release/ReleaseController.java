package org.custos.server.release;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.custos.Preconditions;
import org.custos.server.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('LIST_CURATOR')")
@Tag(name = "Releases", description = "Signed, versioned deltas of a list, for subscribers and other nodes")
public class ReleaseController {
    private final ReleaseService releases;

    public ReleaseController(ReleaseService releases) {
        this.releases = releases;
    }

    @PostMapping("/v1/lists/{listId}/releases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish the list's changes since its last release as the next signed release; an "
            + "Idempotency-Key header makes a retry return the release it made")
    public ReleaseInfo publish(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                               @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Preconditions.check(idempotencyKey == null || idempotencyKey.length() <= 200,
                "an Idempotency-Key is at most 200 characters");
        return releases.publish(caller, listId, idempotencyKey);
    }

    @GetMapping("/v1/lists/{listId}/releases")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Releases after version N (owner or READ grant), oldest first")
    public List<ReleaseInfo> after(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                                   @RequestParam(defaultValue = "0") long after,
                                   @RequestParam(defaultValue = "100") int limit) {
        return releases.after(caller, listId, after, limit);
    }

    @GetMapping(path = "/v1/lists/{listId}/releases/{version}/body", produces = "application/x-ndjson")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The release body in custos-release/1 canonical form, as signed")
    public byte[] body(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId, @PathVariable long version) {
        return releases.body(caller, listId, version);
    }

    @GetMapping(path = "/v1/lists/{listId}/releases/{version}/signature", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The release's detached Ed25519 signature envelope (custos-signature/1)")
    public String signature(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                            @PathVariable long version) {
        return releases.signature(caller, listId, version);
    }

    @GetMapping("/v1/organisations/{organisationId}/signing-keys")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "An organisation's public release-signing keys, for trust stores")
    public List<PublicSigningKey> signingKeys(@PathVariable UUID organisationId) {
        return releases.publicKeys(organisationId);
    }
}
