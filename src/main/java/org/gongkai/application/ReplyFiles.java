package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.FileStore;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files the office gives out with its reply (PDF, DOCX, XLSX, JPEG, PNG, judged by their bytes), kept in the
 * {@link FileStore} area {@code application-reply-files} of the shared directory under random names. Served only to the office and to the applicant
 * who proves tracking number and query code.
 */
@Component
class ReplyFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_FILES = 10;

    private final FileStore files;
    private final long maxBytes;
    private final ReplyFileStore store;
    private final ApplicationStore applications;
    private final OfficeAccess access;
    private final ApplicationLog log;

    ReplyFiles(org.gongkai.platform.SharedDirectory shared, ReplyFileStore store, ApplicationStore applications, OfficeAccess access,
               ApplicationLog log, @Value("${gongkai.application.max-reply-file-size:20MB}") DataSize maxSize) {
        this.files = shared.files("application-reply-files");
        this.maxBytes = maxSize.toBytes();
        this.store = store;
        this.applications = applications;
        this.access = access;
        this.log = log;
    }

    /** Checks and stores the uploads of a member of staff; refuses all when one is refused. */
    @Transactional
    void attach(StaffUser user, long id, MultipartFile[] uploads) {
        DisclosureApplication app = applications.lock(id);
        access.requireRead(user, app.organisationId());
        access.requireAct(user, app.organisationId());
        List<ApplicantFiles.Upload> checked = new ArrayList<>();
        for (MultipartFile f : uploads == null ? new MultipartFile[0] : uploads) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            checked.add(check(f));
        }
        if (checked.isEmpty()) {
            throw InvalidInputException.of("files", "app.error.replyFilesEmpty");
        }
        if (checked.size() + store.list(id).size() > MAX_FILES) {
            throw InvalidInputException.of("files", "app.error.tooManyFiles");
        }
        for (ApplicantFiles.Upload u : checked) {
            String name = UUID.randomUUID() + ".bin";
            files.putForRow(name, u.bytes());
            store.add(id, name, u.originalName(), u.mediaType(), u.bytes().length, sha256(u.bytes()), user.id());
        }
        log.staff(user, app, "replyFilesAttached", String.join(", ", checked.stream().map(ApplicantFiles.Upload::originalName).toList()),
                false, Map.of(), Map.of("files", checked.size()));
    }

    private ApplicantFiles.Upload check(MultipartFile f) {
        if (f.getSize() > maxBytes) {
            throw InvalidInputException.of("files", "app.error.fileTooLarge");
        }
        byte[] bytes;
        try (InputStream in = f.getInputStream()) {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw InvalidInputException.of("files", "app.error.fileUnreadable");
        }
        if (bytes.length > maxBytes) {
            throw InvalidInputException.of("files", "app.error.fileTooLarge");
        }
        String type = sniff(bytes);
        if (type == null) {
            throw InvalidInputException.of("files", "app.error.replyFileType");
        }
        return new ApplicantFiles.Upload(ApplicantFiles.cleanName(f.getOriginalFilename()), type, bytes);
    }

    /** PDF, JPEG, PNG by their magic; DOCX and XLSX: a ZIP holding word/document.xml or xl/workbook.xml. */
    static String sniff(byte[] b) {
        String simple = ApplicantFiles.sniff(b);
        if (simple != null) {
            return simple;
        }
        if (b.length < 4 || b[0] != 'P' || b[1] != 'K' || b[2] != 3 || b[3] != 4) {
            return null;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int n = 0;
            while ((e = zip.getNextEntry()) != null && n++ < 1000) {
                if (e.getName().equals("word/document.xml")) {
                    return DOCX;
                }
                if (e.getName().equals("xl/workbook.xml")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    Path path(ReplyFile file) {
        return files.localFile(file.storedName());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
