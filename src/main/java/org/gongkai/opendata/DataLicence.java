package org.gongkai.opendata;

/** The licences a dataset may be published under (dct:license). */
public enum DataLicence {
    CC_BY_4_0("https://creativecommons.org/licenses/by/4.0/"),
    CC0_1_0("https://creativecommons.org/publicdomain/zero/1.0/");

    private final String uri;

    DataLicence(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }

    public String labelKey() {
        return "od.licence." + name();
    }
}
