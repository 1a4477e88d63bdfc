package org.gongkai.identity;

/** What a personal API token may do: READ answers GET/HEAD only; WRITE may also change things. */
public enum ApiTokenScope {
    READ, WRITE;

    public String labelKey() {
        return "token.scope." + name();
    }
}
