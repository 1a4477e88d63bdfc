package org.gongkai.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file store every node reaches, as a shared directory: two nodes' stores on one directory see each other's files. */
class SharedDirectoryFileStoreTest {

    @TempDir Path shared;
    @TempDir Path local;

    private FileStore node(Path root) {
        return new SharedDirectoryFileStore(root.resolve("attachments"), DurableFiles.OWNER_ONLY);
    }

    @Test
    void aFilePutByOneNodeIsReadByAnother() throws Exception {
        FileStore one = node(shared);
        FileStore two = node(shared);
        one.put("ab/abcdef", out -> out.write("公开".getBytes(StandardCharsets.UTF_8)));
        assertThat(two.exists("ab/abcdef")).isTrue();
        assertThat(two.size("ab/abcdef")).hasValue(6);
        try (InputStream in = two.get("ab/abcdef").orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("公开");
        }
        two.delete("ab/abcdef");
        assertThat(one.exists("ab/abcdef")).isFalse();
        assertThat(one.get("ab/abcdef")).isEmpty();
        assertThat(one.size("ab/abcdef")).isEmpty();
        one.delete("ab/abcdef"); // nothing there: no error
    }

    @Test
    void aLocalFileIsMovedInOrCopiedAcrossFileSystemsAndGone() throws Exception {
        FileStore store = node(shared);
        Path tmp = Files.createTempFile(local, "upload-", ".part");
        Files.writeString(tmp, "x"); // test setup, not a row's file
        store.putFile("cd/cdef", tmp);
        assertThat(tmp).doesNotExist();
        assertThat(store.localFile("cd/cdef")).hasContent("x");
        assertThat(store.localFile("cd/cdef").getParent().toFile().list()).containsExactly("cdef");
    }

    @Test
    void keysThatCouldLeaveTheAreaAreRefused() {
        FileStore store = node(shared);
        for (String bad : new String[]{"../keys/audit-chain.key", "/etc/passwd", "a/../../b", "A/B", "a//b", "", "a b"}) {
            assertThatThrownBy(() -> store.exists(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
