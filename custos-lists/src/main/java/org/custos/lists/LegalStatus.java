package org.custos.lists;

/** Whether an entry's item is illegal in one jurisdiction, where known. */
public enum LegalStatus {
    ILLEGAL,
    LEGAL,
    UNDETERMINED
}
