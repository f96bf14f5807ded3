package org.custos.server.list;

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
@Tag(name = "Subscriptions", description = "Which lists the organisation matches against, and how")
public class SubscriptionController {
    private final SubscriptionService subscriptions;

    public SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping("/v1/subscriptions")
    @Operation(summary = "Match against a list the organisation owns or was granted, with an acceptance policy")
    public List<Subscription> subscribe(@AuthenticationPrincipal Caller caller, @RequestBody NewSubscription request) {
        return subscriptions.subscribe(caller, request);
    }

    @GetMapping("/v1/subscriptions")
    @PreAuthorize("hasAnyRole('ADMIN', 'MATCHER')")
    @Operation(summary = "The organisation's subscriptions")
    public List<Subscription> list(@AuthenticationPrincipal Caller caller) {
        return subscriptions.of(caller);
    }

    @DeleteMapping("/v1/subscriptions/{listId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop matching against a list")
    public void unsubscribe(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId) {
        subscriptions.unsubscribe(caller, listId);
    }
}
