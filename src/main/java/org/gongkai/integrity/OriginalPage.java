package org.gongkai.integrity;

/** The bytes of an imported page exactly as received, to keep beside the document made from it. */
public record OriginalPage(long importId, String fileName, byte[] bytes, String sha256) {
}
