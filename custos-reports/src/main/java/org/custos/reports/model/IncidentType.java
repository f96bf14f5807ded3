package org.custos.reports.model;

/**
 * The kind of incident a report describes. The set follows the incident types of NCMEC's CyberTipline schema,
 * named here in the Luxembourg Guidelines' terms; each adapter spells them as its receiver requires.
 */
public enum IncidentType {
    CSAM,
    CHILD_SEX_TRAFFICKING,
    CHILD_SEX_TOURISM,
    CHILD_SEXUAL_MOLESTATION,
    MISLEADING_DOMAIN_NAME,
    MISLEADING_WORDS_OR_DIGITAL_IMAGES,
    ONLINE_ENTICEMENT,
    UNSOLICITED_OBSCENE_MATERIAL_TO_CHILD
}
