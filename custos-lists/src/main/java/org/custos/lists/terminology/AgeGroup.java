package org.custos.lists.terminology;

/** The apparent developmental stage a scheme records, when it records one. */
public enum AgeGroup {
    PREPUBESCENT,
    PUBESCENT,
    NOT_RECORDED
}
