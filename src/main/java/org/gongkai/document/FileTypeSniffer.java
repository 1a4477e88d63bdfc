package org.gongkai.document;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/** Recognises an attachment's type from its bytes — magic numbers, then the container's contents — never its name. */
@Component
class FileTypeSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    Optional<AttachmentKind> sniff(Path file) {
        try {
            byte[] head = readHead(file, 16);
            if (startsWith(head, PDF)) {
                return Optional.of(AttachmentKind.PDF);
            }
            if (startsWith(head, PNG)) {
                return Optional.of(AttachmentKind.PNG);
            }
            if (startsWith(head, JPEG)) {
                return Optional.of(AttachmentKind.JPEG);
            }
            if (startsWith(head, GIF87) || startsWith(head, GIF89)) {
                return Optional.of(AttachmentKind.GIF);
            }
            if (startsWith(head, OLE2)) {
                return ole2(file);
            }
            if (startsWith(head, ZIP)) {
                return zip(file);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<AttachmentKind> ole2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            var root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return Optional.of(AttachmentKind.DOC);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(AttachmentKind.XLS);
            }
            return Optional.empty();
        }
    }

    private Optional<AttachmentKind> zip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(AttachmentKind.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(AttachmentKind.XLSX);
            }
            if (zip.getEntry("OFD.xml") != null) {
                return Optional.of(AttachmentKind.OFD);
            }
            return Optional.empty();
        }
    }

    private static byte[] readHead(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
