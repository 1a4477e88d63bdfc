package org.gongkai.opendata;

/** A dataset's theme, from the EU data-theme vocabulary that DCAT-AP requires for dcat:theme. */
public enum DatasetTheme {
    EDUC("Education, culture and sport"), GOVE("Government and public sector"), ECON("Economy and finance"),
    SOCI("Population and society"), REGI("Regions and cities"), TECH("Science and technology"), HEAL("Health"),
    ENVI("Environment");

    private final String euLabel;

    DatasetTheme(String euLabel) {
        this.euLabel = euLabel;
    }

    /** The vocabulary's English label (skos:prefLabel, which DCAT-AP requires of a theme). */
    public String euLabel() {
        return euLabel;
    }

    public String uri() {
        return "http://publications.europa.eu/resource/authority/data-theme/" + name();
    }

    public String labelKey() {
        return "od.theme." + name();
    }
}
