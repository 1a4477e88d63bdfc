package org.gongkai.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that rows point to are written through one utility that forces them and their directory to disk. */
class DurableFilesTest {

    @TempDir Path dir;

    private List<Path> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    @Test
    void writesTheContentUnderTheFinalNameWithItsPermissionsAndNothingElse() throws IOException {
        Path target = dir.resolve("a/b/file.bin");
        DurableFiles.write(target, "内容".getBytes(StandardCharsets.UTF_8), DurableFiles.OWNER_ONLY);
        assertThat(target).hasContent("内容");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(listing(target.getParent())).containsExactly(target);
    }

    @Test
    void aWriteThatFailsPartWayLeavesNeitherTheFinalNameNorATemporaryFile() throws IOException {
        Path target = dir.resolve("file.bin");
        assertThatThrownBy(() -> DurableFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }, DurableFiles.READABLE)).isInstanceOf(UncheckedIOException.class);
        assertThat(target).doesNotExist();
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void aFailedReplacementKeepsTheOldFileWhole() throws IOException {
        Path target = dir.resolve("key");
        DurableFiles.write(target, "old".getBytes(StandardCharsets.US_ASCII), DurableFiles.OWNER_ONLY);
        assertThatThrownBy(() -> DurableFiles.write(target, out -> {
            out.write("ne".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("killed");
        }, DurableFiles.OWNER_ONLY)).isInstanceOf(UncheckedIOException.class);
        assertThat(target).hasContent("old");
        assertThat(listing(dir)).containsExactly(target);
    }

    @Test
    void aTemporaryFileBecomesVisibleOnlyWhenMovedIntoPlace() throws IOException {
        Path tmpDir = dir.resolve("tmp");
        Path tmp = DurableFiles.writeTemporary(tmpDir, out -> out.write(new byte[]{1, 2, 3}));
        Path target = dir.resolve("ab/abcdef");
        assertThat(target).doesNotExist();
        DurableFiles.moveInto(tmp, target);
        assertThat(target).hasBinaryContent(new byte[]{1, 2, 3});
        assertThat(listing(tmpDir)).isEmpty();

        assertThatThrownBy(() -> DurableFiles.writeTemporary(tmpDir, out -> {
            out.write(1);
            throw new IllegalStateException("too large");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(listing(tmpDir)).isEmpty();
    }

    @Test
    void createNewNeverReplacesAnExistingFile() throws IOException {
        Path target = dir.resolve("once.key");
        assertThat(DurableFiles.createNew(target, new byte[]{1}, DurableFiles.OWNER_ONLY)).isTrue();
        assertThat(DurableFiles.createNew(target, new byte[]{2}, DurableFiles.OWNER_ONLY)).isFalse();
        assertThat(target).hasBinaryContent(new byte[]{1});
        assertThat(listing(dir)).containsExactly(target);
    }

    @Test
    void directoriesCanBeForced() throws IOException {
        DurableFiles.forceDirectory(dir);
        DurableFiles.createDirectories(dir.resolve("x/y"));
        assertThat(dir.resolve("x/y")).isDirectory();
    }

    /** Every writer of the application goes through DurableFiles: nothing else creates or renames files. */
    @Test
    void noOtherClassWritesFilesDirectly() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gongkai");
        // Writers of files no row points to: scratch files deleted in the same method (RedactEdition), the search
        // index (Lucene syncs its own files), the embedded cluster's binaries, data directory and password file
        // (written before any row exists), and backup archives (a file chosen by the operator, with its checksum).
        Set<String> notRowFiles = Set.of(DurableFiles.class.getName(), "org.gongkai.document.RedactEdition",
                "org.gongkai.search.LuceneSearchIndex", "org.gongkai.platform.EmbeddedCluster",
                "org.gongkai.platform.PostgresBinaries", "org.gongkai.platform.PrivateFiles",
                "org.gongkai.operations.BackupWriter", "org.gongkai.operations.BackupRestorer");
        noClasses().that(com.tngtech.archunit.base.DescribedPredicate.describe("are not known writers of files no row points to",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !notRowFiles.contains(c.getName())))
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("Files.write*/move/copy/newOutputStream/newBufferedWriter",
                                t -> t.getOwner().isEquivalentTo(Files.class) && List.of("write", "writeString", "move",
                                        "copy", "newOutputStream", "newBufferedWriter").contains(t.getName()))))
                .orShould().callConstructor(java.io.FileOutputStream.class, java.io.File.class)
                .orShould().callConstructor(java.io.FileOutputStream.class, String.class)
                .because("a file a row points to must reach the disk before the row commits (DurableFiles)")
                .check(classes);
    }
}
