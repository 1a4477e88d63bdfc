package org.gongkai.document;

import java.io.IOException;

/**
 * What the public copy of an attachment leaves out, for other modules that publish files (open data's resources):
 * an XLSX without comments and properties, a PDF without its information dictionary, metadata, annotations but
 * links, form and embedded files ({@link PublicCopy}). A file that cannot be read throws, so the caller refuses it.
 */
public final class SanitisedFiles {

    private SanitisedFiles() {
    }

    public static byte[] xlsx(byte[] bytes) throws IOException {
        return PublicCopy.ooxml(bytes, false);
    }

    public static byte[] pdf(byte[] bytes) throws IOException {
        return PublicCopy.pdf(bytes);
    }
}
