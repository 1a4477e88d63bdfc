package org.gongkai.demo;

import org.springframework.stereotype.Component;

import java.util.Map;

/** Demo content that other modules contribute: catalogs and the imported founding policy. */
@Component
class DemoExtras {

    void beforeDocuments(Map<String, Long> orgIds) {
    }

    Long catalogNodeFor(long orgId, DemoDocuments.Doc doc) {
        return null;
    }

    void afterDocuments(Map<String, Long> orgIds, Map<String, DemoContent.Team> teams) {
    }
}
