package org.gongkai.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * The directory every app node reaches (ADR 0034): {@code gongkai.shared-dir} (GONGKAI_SHARED_DIR), by default the
 * data directory, so one node runs as before. It holds what rows point to and what all nodes must agree on: uploaded
 * files ({@link #files}) and the keys ({@code keys/}); the embedded database, the local search index and the logs
 * stay in each node's data directory.
 */
@Component
public class SharedDirectory {

    private final Path root;

    public SharedDirectory(GongkaiProperties properties, @Value("${gongkai.shared-dir:}") String sharedDir) {
        this.root = (sharedDir == null || sharedDir.isBlank() ? properties.dataDir() : Path.of(sharedDir))
                .toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The keys' directory, {@code <shared dir>/keys}. */
    public Path keys() {
        return root.resolve("keys");
    }

    /** The file store of one area ({@code attachments}, …), readable by the owner only. */
    public FileStore files(String area) {
        return new SharedDirectoryFileStore(root.resolve(FileStore.checkKey(area)), DurableFiles.OWNER_ONLY);
    }
}
