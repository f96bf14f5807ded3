package org.custos.server;

import java.util.EnumSet;
import java.util.Optional;
import org.custos.server.key.IssuedKey;
import org.custos.server.key.KeyService;
import org.custos.server.key.NewApiKey;
import org.custos.server.key.Role;
import org.custos.server.organisation.NewOrganisation;
import org.custos.server.organisation.OrganisationKind;
import org.custos.server.organisation.OrganisationService;
import org.custos.server.organisation.Organisations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start against an empty database: creates the operator organisation and one key with every
 * role, valid for a year. Its token is kept here only until {@link CustosServer} hands it to whoever
 * started the server (the command line prints it once); it is never logged.
 */
@Component
class FirstStart implements ApplicationRunner {
    private final Organisations organisations;
    private final OrganisationService organisationService;
    private final KeyService keys;
    private final NewOrganisation operator;
    private volatile IssuedKey issued;

    FirstStart(Organisations organisations, OrganisationService organisationService, KeyService keys,
               @Value("${custos.admin.name:Custos operator}") String name,
               @Value("${custos.admin.kind:AUTHORITY}") OrganisationKind kind,
               @Value("${custos.admin.jurisdiction}") String jurisdiction) {
        this.organisations = organisations;
        this.organisationService = organisationService;
        this.keys = keys;
        this.operator = new NewOrganisation(name, kind, jurisdiction);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.any()) {
            return;
        }
        var created = organisationService.createOperator(operator);
        issued = keys.issueFirst(created.id(), new NewApiKey("first administrator", EnumSet.allOf(Role.class),
                365, null));
    }

    Optional<IssuedKey> takeIssuedKey() {
        Optional<IssuedKey> key = Optional.ofNullable(issued);
        issued = null;
        return key;
    }
}
