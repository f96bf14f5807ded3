package org.custos.server.organisation;

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

@RestController
@Tag(name = "Organisations", description = "Authorities, hotlines and providers, and who the caller is")
public class OrganisationController {
    private final OrganisationService organisations;

    public OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @PostMapping("/v1/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('OPERATOR') and hasRole('ADMIN')")
    @Operation(summary = "Create an organisation (operator administrators only)")
    public Organisation create(@AuthenticationPrincipal Caller caller, @RequestBody NewOrganisation request) {
        return organisations.create(caller, request);
    }

    @GetMapping("/v1/organisations")
    @Operation(summary = "The organisations the caller may see: its own, or all for an operator administrator")
    public List<Organisation> list(@AuthenticationPrincipal Caller caller) {
        return organisations.visible(caller);
    }

    @GetMapping("/v1/organisations/{id}")
    @Operation(summary = "One organisation; another organisation's id answers 404")
    public Organisation get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return organisations.visible(caller, id);
    }

    @GetMapping("/v1/me")
    @Operation(summary = "The calling key: its id, organisation and roles")
    public Caller me(@AuthenticationPrincipal Caller caller) {
        return caller;
    }
}
