package org.custos.server.key;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.custos.server.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "API keys", description = "Keys of an organisation: shown once, stored as a hash, revocable, expiring")
public class KeyController {
    private final KeyService keys;

    public KeyController(KeyService keys) {
        this.keys = keys;
    }

    @PostMapping("/v1/organisations/{organisationId}/keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a key; the answer holds its token, which is never shown again")
    public IssuedKey issue(@AuthenticationPrincipal Caller caller, @PathVariable UUID organisationId,
                           @RequestBody NewApiKey request) {
        return keys.issue(caller, organisationId, request);
    }

    @GetMapping("/v1/organisations/{organisationId}/keys")
    @Operation(summary = "The organisation's keys, without tokens")
    public List<ApiKey> list(@AuthenticationPrincipal Caller caller, @PathVariable UUID organisationId) {
        return keys.list(caller, organisationId);
    }

    @DeleteMapping("/v1/organisations/{organisationId}/keys/{keyId}")
    @Operation(summary = "Revoke a key at once")
    public ApiKey revoke(@AuthenticationPrincipal Caller caller, @PathVariable UUID organisationId,
                         @PathVariable String keyId) {
        return keys.revoke(caller, organisationId, keyId);
    }
}
