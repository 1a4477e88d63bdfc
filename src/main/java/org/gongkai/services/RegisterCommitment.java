package org.gongkai.services;

/**
 * The statement a plan's published registers commit to, logged in the transparency log as a COMMITMENT leaf
 * (ADR 0045). Every line is public on the plan's page, so anyone can rebuild the text, hash it (SHA-256 of its UTF-8
 * bytes) and find the leaf with that content hash under the subject {@code svc-plan/ID}.
 */
final class RegisterCommitment {

    private RegisterCommitment() {
    }

    static String subject(long planId) {
        return "svc-plan/" + planId;
    }

    static String statement(InspectionPlan p, String entitiesSha256, String inspectorsSha256) {
        return "gongkai-commitment/1\n"
                + "subject: " + subject(p.id()) + "\n"
                + "entities-sha256: " + entitiesSha256 + "\n"
                + "inspectors-sha256: " + inspectorsSha256 + "\n"
                + "ratio-bp: " + p.ratioBp() + "\n"
                + "inspectors-per-entity: " + p.inspectorsPerEntity() + "\n"
                + "seed-source: " + p.seedSource().strip().replaceAll("\\s+", " ") + "\n"
                + "seed-available-at: " + p.seedAvailableAt() + "\n";
    }
}
