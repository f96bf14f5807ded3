package org.custos.lists.terminology;

import org.custos.Preconditions;

/** The common classification an entry gains: category, age group and scope, each possibly "not recorded". */
public record CommonLabel(CommonCategory category, AgeGroup age, Scope scope) {
    public CommonLabel {
        Preconditions.checkNotNull(category, "common category");
        Preconditions.checkNotNull(age, "age group");
        Preconditions.checkNotNull(scope, "scope");
    }

    public boolean csam() {
        return switch (category) {
            case CSAM, CSAM_SEXUAL_ACTIVITY, CSAM_SEXUAL_EXHIBITION, CSAM_GENERATED -> true;
            default -> false;
        };
    }

    /**
     * True if the two labels can describe the same item: same category (or generic CSAM against one of its
     * finer kinds), and age and scope equal wherever both record them.
     */
    public boolean compatible(CommonLabel other) {
        return compatible(category, other.category) && (age == other.age || age == AgeGroup.NOT_RECORDED
                || other.age == AgeGroup.NOT_RECORDED) && (scope == other.scope || scope == Scope.NOT_RECORDED
                || other.scope == Scope.NOT_RECORDED);
    }

    private static boolean compatible(CommonCategory a, CommonCategory b) {
        return a == b || a == CommonCategory.CSAM && refines(b) || b == CommonCategory.CSAM && refines(a);
    }

    private static boolean refines(CommonCategory c) {
        return c == CommonCategory.CSAM_SEXUAL_ACTIVITY || c == CommonCategory.CSAM_SEXUAL_EXHIBITION;
    }
}
