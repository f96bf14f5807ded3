package org.custos.server.review;

import java.util.Arrays;
import java.util.UUID;
import org.custos.Preconditions;
import org.custos.lists.terminology.CommonCategory;

/** A rule to set: the list, the common category ({@code ANY} or absent: every match of the list), the action. */
public record NewActionPolicy(UUID listId, String category, Action action) {
    public NewActionPolicy {
        Preconditions.checkNotNull(listId, "listId");
        Preconditions.checkNotNull(action, "action");
        category = category == null || category.isBlank() ? ActionPolicy.ANY : category.strip();
        String c = category;
        Preconditions.check(c.equals(ActionPolicy.ANY) || Arrays.stream(CommonCategory.values())
                .anyMatch(k -> k.name().equals(c)), "category must be ANY or a common category %s, was '%s'",
                Arrays.toString(CommonCategory.values()), c);
    }
}
