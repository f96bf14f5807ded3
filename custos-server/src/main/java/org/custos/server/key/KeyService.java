package org.custos.server.key;

import java.util.List;
import java.util.UUID;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.organisation.OrganisationService;
import org.custos.server.security.Caller;
import org.custos.server.security.KeyAuthenticator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuing, listing and revoking an organisation's keys, each change in the audit chain. */
@Service
public class KeyService {
    private final ApiKeys keys;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final KeyAuthenticator authenticator;

    public KeyService(ApiKeys keys, OrganisationService organisations, AuditLog audit,
                      KeyAuthenticator authenticator) {
        this.keys = keys;
        this.organisations = organisations;
        this.audit = audit;
        this.authenticator = authenticator;
    }

    @Transactional
    public IssuedKey issue(Caller caller, UUID organisationId, NewApiKey request) {
        organisations.visible(caller, organisationId);
        return issueAs(caller.keyId(), organisationId, request);
    }

    /** Issues the first key of the operator organisation, on first start, with the server as the actor. */
    @Transactional
    public IssuedKey issueFirst(UUID organisationId, NewApiKey request) {
        return issueAs(null, organisationId, request);
    }

    private IssuedKey issueAs(String actorKeyId, UUID organisationId, NewApiKey request) {
        IssuedKey issued = keys.issue(organisationId, request);
        audit.append(new AuditEvent(organisationId, actorKeyId, "key.issue", issued.key().id(),
                "roles " + issued.key().roles().stream().sorted().toList() + ", expires " + issued.key().expiresAt()));
        return issued;
    }

    public List<ApiKey> list(Caller caller, UUID organisationId) {
        organisations.visible(caller, organisationId);
        return keys.of(organisationId);
    }

    @Transactional
    public ApiKey revoke(Caller caller, UUID organisationId, String keyId) {
        organisations.visible(caller, organisationId);
        ApiKey revoked = keys.revoke(organisationId, keyId);
        authenticator.forget(keyId);
        audit.append(new AuditEvent(organisationId, caller.keyId(), "key.revoke", keyId, revoked.name()));
        return revoked;
    }
}
