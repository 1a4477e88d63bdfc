package org.gongkai.participation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.FileStore;
import org.gongkai.platform.SharedDirectory;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.review.Screener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files the writer sends with a message: at most {@value #MAX_FILES}, each at most {@value #MAX_BYTES} bytes, PDF,
 * PNG or JPEG recognised from their bytes (never their name). Kept in the platform {@link FileStore} (area
 * {@code message-attachments}) by SHA-256. A PDF's text is screened for personal data as a document's is, with the
 * writer's own contact details counted too; an image has no text to screen. Staff download them; a head of office
 * may confirm one for the public, which then sees it only while the exchange is published — never one in which the
 * screening found something.
 */
@Service
class MessageAttachments {

    static final int MAX_FILES = 3;
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** An upload that passed the checks, not yet stored. */
    record Checked(byte[] bytes, String mediaType, String fileName) {
    }

    private final MessageAttachmentStore store;
    private final MessageStore messages;
    private final MessageAccess access;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageAttachments(MessageAttachmentStore store, MessageStore messages, MessageAccess access, SharedDirectory shared,
                       ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.access = access;
        this.files = shared.files("message-attachments");
        this.events = events;
        this.clock = clock;
    }

    /** The uploads that carry a file, checked; field errors under {@code files}. */
    static List<Checked> check(List<MultipartFile> uploads) {
        List<MultipartFile> given = uploads == null ? List.of()
                : uploads.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (given.size() > MAX_FILES) {
            throw InvalidInputException.of("files", "msg.error.fileCount");
        }
        List<Checked> checked = new ArrayList<>();
        for (MultipartFile f : given) {
            if (f.getSize() > MAX_BYTES) {
                throw InvalidInputException.of("files", "msg.error.fileTooLarge");
            }
            byte[] bytes;
            try {
                bytes = f.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String type = sniff(bytes);
            if (type == null) {
                throw InvalidInputException.of("files", "msg.error.fileType");
            }
            checked.add(new Checked(bytes, type, cleanName(f.getOriginalFilename(), type)));
        }
        return List.copyOf(checked);
    }

    /** PDF, PNG or JPEG from the first bytes; null for anything else. */
    static String sniff(byte[] b) {
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... head) {
        if (b.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((b[i] & 0xFF) != head[i]) {
                return false;
            }
        }
        return true;
    }

    /** No path, no control or reserved characters, at most 200 characters before the extension of the real type. */
    static String cleanName(String original, String mediaType) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "附件";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }

    /** Stores the checked files of a new message and screens them; in the transaction that stores the message. */
    void keep(long messageId, List<Checked> checked, MessageDraft writer) {
        int position = 0;
        for (Checked c : checked) {
            String sha = sha256(c.bytes());
            String key = "m/" + sha.substring(0, 2) + "/" + sha;
            if (files.size(key).orElse(-1) != c.bytes().length) {
                files.put(key, out -> out.write(c.bytes()));
            }
            String text = "application/pdf".equals(c.mediaType()) ? pdfText(c.bytes()) : null;
            int findings = text == null ? 0 : findings(text, writer);
            store.insert(messageId, ++position, key, c.fileName(), c.mediaType(), c.bytes().length, text != null,
                    findings);
        }
    }

    private static int findings(String text, MessageDraft writer) {
        int own = 0;
        for (String s : new String[] {writer.name(), writer.phone(), writer.email()}) {
            if (s != null && s.codePointCount(0, s.length()) >= 2 && text.contains(s)) {
                own++;
            }
        }
        return own + Screener.screen(text).size();
    }

    /** A PDF's text, or null when it has none that can be read (a scan, an encrypted or broken file). */
    static String pdfText(byte[] bytes) {
        try (PDDocument d = Loader.loadPDF(bytes)) {
            String t = new PDFTextStripper().getText(d);
            return t == null || t.isBlank() ? null : t;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    List<MessageAttachment> of(long messageId) {
        return store.of(messageId);
    }

    List<MessageAttachment> publicOf(long messageId) {
        return store.publicOf(messageId);
    }

    /** An attachment for staff who may read the message. */
    MessageAttachment readable(StaffUser user, long messageId, long id) {
        CitizenMessage m = messages.find(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
        access.requireRead(user, m.organisationId());
        return store.find(messageId, id).orElseThrow(() -> new NotFoundException("message attachment", id));
    }

    /** A public attachment: of a published exchange, confirmed; otherwise 404 as if there were none. */
    MessageAttachment published(long messageId, long id) {
        return store.publicOf(messageId).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("message attachment", id));
    }

    InputStream open(MessageAttachment a) {
        return files.get(a.fileKey()).orElseThrow(() -> new NotFoundException("message attachment", a.id()));
    }

    /**
     * A head of office confirms an attachment for the public (it appears once the exchange is published) or takes the
     * confirmation back. Only when the writer allowed publication, and never for one in which something was found.
     */
    @Transactional
    void confirm(StaffUser user, long messageId, long id, boolean confirm) {
        CitizenMessage m = messages.find(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
        access.requirePublish(user, m.organisationId());
        MessageAttachment a = store.find(messageId, id).orElseThrow(() -> new NotFoundException("message attachment", id));
        if (!m.mayPublish()) {
            throw new ConflictException("msg.publish.notAllowed");
        }
        if (a.findings() > 0) {
            throw new ConflictException("msg.attachment.hasFindings");
        }
        store.setPublic(messageId, id, confirm ? clock.instant() : null, confirm ? user.id() : null);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("attachment", a.id());
        before.put("public", a.confirmed());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("attachment", a.id());
        after.put("public", confirm);
        events.publishEvent(new StaffAction(user.id(), user.username(), m.organisationId(),
                confirm ? "message.attachmentPublic" : "message.attachmentPrivate", "citizen_message",
                String.valueOf(m.id()), before, after));
        if (m.published()) {
            events.publishEvent(new org.gongkai.portal.SiteContentChanged(m.organisationId()));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
