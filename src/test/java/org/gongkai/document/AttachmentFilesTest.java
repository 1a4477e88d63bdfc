package org.gongkai.document;

import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentFilesTest {

    @TempDir Path dir;

    AttachmentFiles files(String max) {
        return new AttachmentFiles(new GongkaiProperties(dir, false, null, new GongkaiProperties.Upload(DataSize.parse(max))),
                new FileTypeSniffer());
    }

    @Test
    void anOversizeUploadIsRefusedAndLeavesNoFile() throws Exception {
        byte[] big = new byte[4096];
        System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);
        assertThatThrownBy(() -> files("1KB").store(new ByteArrayInputStream(big)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsEntry("file", "attachment.tooLarge"));
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void contentDecidesTheTypeAndEqualFilesAreStoredOnce() throws Exception {
        AttachmentFiles f = files("1MB");
        byte[] gif = "GIF89a-image-bytes".getBytes();
        var a = f.store(new ByteArrayInputStream(gif));
        var b = f.store(new ByteArrayInputStream(gif));
        assertThat(a.kind()).isEqualTo(AttachmentKind.GIF);
        assertThat(a.sha256()).isEqualTo(b.sha256());
        assertThat(regularFiles()).hasSize(1);
        assertThat(Files.readAllBytes(f.path(a.sha256()))).isEqualTo(gif);
        assertThatThrownBy(() -> f.store(new ByteArrayInputStream("<html>not allowed</html>".getBytes())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(regularFiles()).hasSize(1);
    }

    @Test
    void fileNamesKeepChineseAndGetTheRealExtension() {
        assertThat(AttachmentFiles.cleanName("C:\\fakepath\\2026年招生计划表.xls", AttachmentKind.XLSX))
                .isEqualTo("2026年招生计划表.xlsx");
        assertThat(AttachmentFiles.cleanName("../../etc/passwd", AttachmentKind.PDF)).isEqualTo("passwd.pdf");
        assertThat(AttachmentFiles.cleanName("", AttachmentKind.PNG)).isEqualTo("附件.png");
        assertThat(AttachmentFiles.cleanName("a\u0000b\"<x>.pdf", AttachmentKind.PDF)).isEqualTo("abx.pdf");
    }

    @Test
    void officeContainersAreRecognisedByTheirInsides() throws Exception {
        Path docx = dir.resolve("x.bin");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
        }
        assertThat(new FileTypeSniffer().sniff(docx)).contains(AttachmentKind.DOCX);
        Path ofd = dir.resolve("y.bin");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(ofd))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD/>".getBytes());
        }
        assertThat(new FileTypeSniffer().sniff(ofd)).contains(AttachmentKind.OFD);
        Path xlsx = dir.resolve("z.bin");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
            wb.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(out);
        }
        assertThat(new FileTypeSniffer().sniff(xlsx)).contains(AttachmentKind.XLSX);
        Path xls = dir.resolve("w.bin");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = Files.newOutputStream(xls)) {
            wb.createSheet("s");
            wb.write(out);
        }
        assertThat(new FileTypeSniffer().sniff(xls)).contains(AttachmentKind.XLS);
        Path zip = dir.resolve("v.bin");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("evil.exe"));
        }
        assertThat(new FileTypeSniffer().sniff(zip)).isEmpty();
    }

    private java.util.List<Path> regularFiles() throws Exception {
        try (Stream<Path> s = Files.walk(dir.resolve("attachments"))) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
