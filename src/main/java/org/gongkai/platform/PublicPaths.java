package org.gongkai.platform;

/** API paths that anyone may call without signing in. */
final class PublicPaths {
    static final String[] API = {"/api/v1/calendar/**", "/api/v1/public/**", "/api/v1/openapi.json", "/api/v1/openapi.json/**"};

    private PublicPaths() {
    }
}
