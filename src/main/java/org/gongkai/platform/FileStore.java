package org.gongkai.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Files that database rows point to, by key, in a store every app node reaches (ADR 0034): today a shared directory
 * ({@link SharedDirectoryFileStore}); an S3-compatible object store can implement the same contract. Keys are
 * relative names of lowercase letters, digits, {@code . _ -} and {@code /} (no {@code ..}). A put is durable when it
 * returns, so the row naming the key may commit after it; a key's bytes never change once written except by a put
 * of the same key.
 */
public interface FileStore {

    /** Stores what {@code content} writes under {@code key}, replacing what was there; durable when it returns. */
    void put(String key, DurableFiles.Content content);

    /**
     * Stores {@code bytes} under {@code key} before the row naming it commits, and deletes them again if the caller's
     * transaction rolls back, so a failed insert leaves no orphan (outside a transaction: a plain put).
     */
    default void putForRow(String key, byte[] bytes) {
        put(key, out -> out.write(bytes));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            delete(key);
                        } catch (RuntimeException ignored) {
                            // an orphan file is harmless: no row names it
                        }
                    }
                }
            });
        }
    }

    /**
     * Stores a complete local file under {@code key} and removes the local file: a rename when both are on one file
     * system, a durable copy otherwise (an object store uploads it).
     */
    void putFile(String key, Path finished);

    /** The bytes under the key, as a stream the caller closes; empty when there is none. */
    Optional<InputStream> get(String key);

    boolean exists(String key);

    /** The size in bytes; empty when there is no such key. */
    OptionalLong size(String key);

    /** Deletes the key; nothing when there is none. */
    void delete(String key);

    /**
     * A local file with the key's bytes, for readers that need one (POI, OpenPDF, a {@code FileSystemResource} that
     * answers range requests): the shared directory's own file; an object store would download it to a cache.
     */
    Path localFile(String key);

    /** Refuses a key that could leave the store's area. */
    static String checkKey(String key) {
        if (key == null || !key.matches("[a-z0-9._-]+(/[a-z0-9._-]+)*") || key.contains("..") || key.length() > 400) {
            throw new IllegalArgumentException("not a file store key: " + key);
        }
        return key;
    }
}
