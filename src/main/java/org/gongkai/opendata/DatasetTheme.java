package org.gongkai.opendata;

/** A dataset's theme, from the EU data-theme vocabulary that DCAT-AP requires for dcat:theme. */
public enum DatasetTheme {
    EDUC, GOVE, ECON, SOCI, REGI, TECH, HEAL, ENVI;

    public String uri() {
        return "http://publications.europa.eu/resource/authority/data-theme/" + name();
    }

    public String labelKey() {
        return "od.theme." + name();
    }
}
