package org.custos.server.review;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Review", description = "Action policies, cases and the review queue")
public class ActionPolicyController {
    private final ActionPolicyService policies;

    public ActionPolicyController(ActionPolicyService policies) {
        this.policies = policies;
    }

    @PostMapping("/v1/action-policies")
    @Operation(summary = "Set what a match on a list (and common category) does: BLOCK, REVIEW or REPORT")
    public List<ActionPolicy> set(@AuthenticationPrincipal Caller caller, @RequestBody NewActionPolicy rule) {
        return policies.set(caller, rule);
    }

    @GetMapping("/v1/action-policies")
    @Operation(summary = "The organisation's action policy; matches without a rule get REVIEW")
    public List<ActionPolicy> list(@AuthenticationPrincipal Caller caller) {
        return policies.of(caller);
    }

    @DeleteMapping("/v1/action-policies/{listId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove the rule for a list and category (default ANY)")
    public void remove(@AuthenticationPrincipal Caller caller, @PathVariable UUID listId,
                       @RequestParam(defaultValue = ActionPolicy.ANY) String category) {
        policies.remove(caller, listId, category);
    }
}
