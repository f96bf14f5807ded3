package org.custos.server.list;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.custos.lists.EntryStatus;
import org.custos.lists.format.ListFormat;
import org.custos.Preconditions;
import org.custos.server.security.Caller;
import org.custos.server.web.UnsupportedMediaTypeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('LIST_CURATOR')")
@Tag(name = "Lists", description = "Hash lists, their entries, imports and grants")
public class ListController {
    private final ListService lists;
    private final ListImportService imports;

    public ListController(ListService lists, ListImportService imports) {
        this.lists = lists;
        this.imports = imports;
    }

    @PostMapping("/v1/lists")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a list owned by the caller's organisation")
    public ListInfo create(@AuthenticationPrincipal Caller caller, @RequestBody NewList request) {
        return lists.create(caller, request);
    }

    @GetMapping("/v1/lists")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Lists the caller owns or was granted")
    public List<ListInfo> visible(@AuthenticationPrincipal Caller caller) {
        return lists.visible(caller);
    }

    @GetMapping("/v1/lists/{listId}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One list the caller owns or was granted; 404 otherwise")
    public ListInfo get(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId) {
        return lists.get(caller, listId);
    }

    @GetMapping("/v1/lists/{listId}/entries")
    @PreAuthorize("hasAnyRole('LIST_CURATOR', 'REVIEWER', 'AUDITOR')")
    @Operation(summary = "A page of entries (owner or READ grant), after the given entry key")
    public List<EntryView> entries(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                                   @RequestParam(defaultValue = "0") long after,
                                   @RequestParam(defaultValue = "1000") int limit) {
        return lists.entries(caller, listId, after, limit).stream().map(EntryView::of).toList();
    }

    @PostMapping("/v1/lists/{listId}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add one entry, given as custos-lists' canonical JSON")
    public EntryView add(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                         @RequestBody String entryJson) {
        ListInfo list = lists.owned(caller, listId);
        return EntryView.of(lists.add(caller, listId, EntryCodec.fromJson(entryJson, list.scheme(), "request body")));
    }

    @PostMapping("/v1/lists/{listId}/entries/{entryId}/dispute")
    @Operation(summary = "Mark an entry disputed; acceptance policies decide whether it still matches")
    public EntryView dispute(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                             @PathVariable String entryId) {
        return EntryView.of(lists.changeStatus(caller, listId, entryId, EntryStatus.DISPUTED));
    }

    @PostMapping("/v1/lists/{listId}/entries/{entryId}/withdraw")
    @Operation(summary = "Withdraw an entry: it stops matching everywhere, for good")
    public EntryView withdraw(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                              @PathVariable String entryId) {
        return EntryView.of(lists.changeStatus(caller, listId, entryId, EntryStatus.WITHDRAWN));
    }

    @DeleteMapping("/v1/lists/{listId}/entries/{entryId}")
    @Operation(summary = "Delete an entry (a tombstone that stops it matching everywhere)")
    public EntryView delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                            @PathVariable String entryId) {
        return EntryView.of(lists.changeStatus(caller, listId, entryId, EntryStatus.DELETED));
    }

    @PostMapping("/v1/lists/{listId}/imports")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Import a list file (raw body) in a custos-lists format: csv, jsonl, lines, vics, ncmec, "
            + "stopncii, hma; all or nothing, as a job. An Idempotency-Key header returns the first job on retry")
    public ImportJob importFile(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                                @RequestParam String format,
                                @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                HttpServletRequest request) throws IOException {
        Preconditions.check(idempotencyKey == null || idempotencyKey.length() <= 200,
                "an Idempotency-Key is at most 200 characters");
        refuseForms(request.getContentType());
        return imports.start(caller, listId, ListFormat.ofToken(format), idempotencyKey, request.getInputStream());
    }

    /** A form or multipart body is parsed by the servlet container before the import could read it. */
    private static void refuseForms(String contentType) {
        if (contentType != null && (contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || contentType.startsWith("multipart/"))) {
            throw new UnsupportedMediaTypeException("send the list file as the raw body (for example "
                    + "Content-Type: application/octet-stream), not as a form: " + contentType);
        }
    }

    @GetMapping("/v1/imports/{jobId}")
    @Operation(summary = "An import job of the caller's organisation: status, progress, summary or error")
    public ImportJob importJob(@AuthenticationPrincipal Caller caller, @PathVariable UUID jobId) {
        return imports.job(caller, jobId);
    }

    @PostMapping("/v1/lists/{listId}/grants")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Grant another organisation MATCH or READ on the list")
    public void grant(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                      @RequestBody NewGrant request) {
        lists.grant(caller, listId, request.organisationId(), request.level());
    }

    @DeleteMapping("/v1/lists/{listId}/grants/{organisationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a grant (and the organisation's subscription to the list)")
    public void revokeGrant(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                            @PathVariable UUID organisationId) {
        lists.revokeGrant(caller, listId, organisationId);
    }
}
