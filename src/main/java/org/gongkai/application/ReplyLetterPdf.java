package org.gongkai.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.gongkai.platform.pdf.CjkFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The reply letter (告知书) as PDF, with the same text as the HTML letter and a Chinese font embedded and subsetted.
 * Empty when the server has no Chinese font: the office then prints the HTML letter.
 */
@Component
class ReplyLetterPdf {

    private final CjkFonts fonts;
    private final MessageSource messages;

    ReplyLetterPdf(CjkFonts fonts, MessageSource messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    Optional<byte[]> render(ReplyLetter.Letter letter) {
        return fonts.baseFont().map(base -> write(letter, base));
    }

    private byte[] write(ReplyLetter.Letter letter, BaseFont base) {
        try {
            Font title = new Font(base, 18, Font.BOLD);
            Font heading = new Font(base, 13, Font.BOLD);
            Font body = new Font(base, 12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(text("app.letter.title"));
            doc.addCreator("Gongkai");
            doc.open();
            DisclosureApplication app = letter.app();
            Paragraph head = new Paragraph(text("app.letter.title"), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(18);
            doc.add(head);
            doc.add(line(app.trackingNumber(), body));
            doc.add(line(text("app.letter.to", app.applicant().name()), body));
            doc.add(line(text("app.letter.opening", app.receivedOn(), app.trackingNumber(), app.info().description()), body));
            doc.add(line(text("app.letter.outcome"), heading));
            doc.add(line(text(letter.outcome().labelKey()), body));
            if (app.replyText() != null && !app.replyText().isBlank()) {
                doc.add(line(app.replyText(), body));
            }
            doc.add(line(text("app.letter.basis"), heading));
            doc.add(line(text(letter.outcome().basisKey()), body));
            if (!letter.attachments().isEmpty()) {
                doc.add(line(text("app.letter.attachments"), heading));
                int n = 1;
                for (String name : letter.attachments()) {
                    doc.add(line(n++ + ". " + name, body));
                }
            }
            doc.add(line(text("app.letter.remediesTitle"), heading));
            doc.add(line(text("app.letter.remedies"), body));
            Paragraph signature = new Paragraph(letter.officeName() + "\n" + text("app.letter.date", app.repliedOn()), body);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(24);
            doc.add(signature);
            doc.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("the reply letter PDF could not be written with font " + base.getPostscriptFontName(), e);
        }
    }

    private static Paragraph line(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(8);
        p.setLeading(font.getSize() * 1.6f);
        return p;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
