package org.gongkai.demo;

import org.gongkai.integrity.CleanedDocument;
import org.gongkai.integrity.PageCleaner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sample page of the demo content. The founding document — 《教育部办公厅关于
 * 全面推进政务公开工作的实施意见》 (教办厅〔2017〕3号) as found re-posted by a gambling site — is imported at
 * first start through the same cleaning path as any outside page:
 *
 * <pre>{@code
 * byte[] original = FoundingDocumentSample.foundingDocumentBytes();
 * CleanedDocument doc = new PageCleaner().clean(original, FoundingDocumentSample.FOUNDING_DOCUMENT_FILE);
 * }</pre>
 */
public final class FoundingDocumentSample {

    public static final String FOUNDING_DOCUMENT_FILE = "tampered-copy-moe-2017-3.txt";
    private static final String FOUNDING_DOCUMENT = "/demo/" + FOUNDING_DOCUMENT_FILE;

    private FoundingDocumentSample() {
    }

    /** The tampered copy exactly as found (keep these bytes beside the imported document). */
    public static byte[] foundingDocumentBytes() {
        try (InputStream in = FoundingDocumentSample.class.getResourceAsStream(FOUNDING_DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FOUNDING_DOCUMENT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The founding document, cleaned. */
    public static CleanedDocument foundingDocument() {
        return new PageCleaner().clean(foundingDocumentBytes(), FOUNDING_DOCUMENT_FILE);
    }
}
