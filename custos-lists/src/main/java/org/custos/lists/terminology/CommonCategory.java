package org.custos.lists.terminology;

/**
 * The common categories of Custos, named after the Luxembourg Guidelines' terms (ECPAT/Interagency Working
 * Group, 2016): "child sexual abuse material" for material depicting sexual abuse of a child or focused on a
 * child's sexual parts, "child sexual exploitation material" for the wider exploitative material that may not
 * be criminal everywhere. They describe legal categories only, never content. See docs/TERMINOLOGY.md.
 */
public enum CommonCategory {
    /** CSAM showing sexual activity with or by a child (UK A and B, US A1/B1). */
    CSAM_SEXUAL_ACTIVITY,
    /** CSAM without sexual activity, such as sexualised exhibition (US A2/B2, UK C). */
    CSAM_SEXUAL_EXHIBITION,
    /** CSAM without a finer distinction in its source scheme. */
    CSAM,
    /** Computer-generated, drawn or manipulated material depicting CSAM; illegal in many, not all, jurisdictions. */
    CSAM_GENERATED,
    /** Child sexual exploitation material that is not CSAM in the source's legal frame ("harmful-abusive"). */
    EXPLOITATION_MATERIAL,
    /** Material kept beside a series to help comparison and identification (Project VIC category 4). */
    COMPARISON,
    /** Reviewed and found not pertinent (Project VIC category 0): never matched as CSAM. */
    NOT_PERTINENT,
    /** Reviewed but not yet categorised. */
    UNCATEGORISED
}
