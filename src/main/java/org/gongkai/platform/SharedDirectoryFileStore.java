package org.gongkai.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A {@link FileStore} in a directory: {@code <shared dir>/<area>}, where the shared directory is
 * {@code gongkai.shared-dir} (GONGKAI_SHARED_DIR; by default the data directory). Several nodes mount one directory
 * (NFS, CephFS, a SAN) and name it there. Every write goes through {@link DurableFiles}: to a temporary name in the
 * target's directory, forced, renamed, the directory forced; a reader on another node sees the whole file or none.
 */
public final class SharedDirectoryFileStore implements FileStore {

    private final Path root;
    private final Set<PosixFilePermission> permissions;

    public SharedDirectoryFileStore(Path root, Set<PosixFilePermission> permissions) {
        this.root = root.toAbsolutePath().normalize();
        this.permissions = permissions;
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, DurableFiles.Content content) {
        DurableFiles.write(file(key), content, permissions);
    }

    @Override
    public void putFile(String key, Path finished) {
        Path target = file(key);
        try {
            DurableFiles.moveInto(finished, target);
        } catch (IOException notOneFileSystem) {
            DurableFiles.write(target, out -> {
                try (InputStream in = Files.newInputStream(finished)) {
                    in.transferTo(out);
                }
            }, permissions);
            try {
                Files.deleteIfExists(finished);
            } catch (IOException ignored) {
                // a local temporary file left behind is harmless
            }
        }
    }

    @Override
    public Optional<InputStream> get(String key) {
        try {
            return Optional.of(Files.newInputStream(file(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key + " in " + root, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(file(key));
    }

    @Override
    public OptionalLong size(String key) {
        try {
            return OptionalLong.of(Files.size(file(key)));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key + " in " + root, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + key + " in " + root, e);
        }
    }

    @Override
    public Path localFile(String key) {
        return file(key);
    }

    private Path file(String key) {
        Path p = root.resolve(FileStore.checkKey(key)).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("not a file store key: " + key);
        }
        return p;
    }
}
