package org.gongkai.application;

/**
 * Who applies, in the columns of table 三 of the annual report: a natural person, or a legal person / other
 * organisation of one of the report's five kinds.
 */
public enum ApplicantType {
    NATURAL_PERSON("自然人"),
    COMMERCIAL("商业企业"),
    RESEARCH("科研机构"),
    PUBLIC_WELFARE("社会公益组织"),
    LEGAL_SERVICE("法律服务机构"),
    OTHER("其他");

    private final String reportColumn;

    ApplicantType(String reportColumn) {
        this.reportColumn = reportColumn;
    }

    /** The column of table 三 this applicant is counted in. */
    public String reportColumn() {
        return reportColumn;
    }

    public boolean isOrganisation() {
        return this != NATURAL_PERSON;
    }

    public String labelKey() {
        return "app.applicantType." + name();
    }
}
