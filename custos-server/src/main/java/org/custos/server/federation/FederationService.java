package org.custos.server.federation;

import java.util.List;
import java.util.UUID;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.list.ListInfo;
import org.custos.server.list.ListService;
import org.custos.server.list.NewList;
import org.custos.server.security.Caller;
import org.custos.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Configuring mirrored lists: a local list owned by the caller's organisation, fed by a remote node. */
@Service
public class FederationService {
    private final FederationSources sources;
    private final ListService lists;
    private final AuditLog audit;

    public FederationService(FederationSources sources, ListService lists, AuditLog audit) {
        this.sources = sources;
        this.lists = lists;
        this.audit = audit;
    }

    @Transactional
    public FederationSource create(Caller caller, NewSource request) {
        ListInfo list = lists.create(caller, new NewList(request.name(), request.purpose(), "unclassified", null));
        UUID id = sources.create(caller.organisationId(), list.id(), request);
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "federation.create", id.toString(),
                request.remoteUrl() + " list " + request.remoteListId() + " into " + list.id()));
        return get(caller, id);
    }

    public List<FederationSource> list(Caller caller) {
        return sources.of(caller.organisationId());
    }

    public FederationSource get(Caller caller, UUID id) {
        return sources.find(caller.organisationId(), id).orElseThrow(() -> new NotFoundException("federation source", id));
    }
}
