package org.gongkai.search;

/** The highlighted title and snippet of one hit, from its stored texts ({@link Highlighter}). */
final class Snippets {

    private Snippets() {
    }

    record Highlighted(String titleHtml, String snippetHtml) {
    }

    static Highlighted of(Highlighter h, String title, String body, String attachments) {
        return new Highlighted(h.whole(title), choose(h.snippet(body), h.snippet(attachments)));
    }

    /** The body's snippet when it holds a match, else the attachments', else the start of the body. */
    static String choose(String body, String attachments) {
        if (body != null && body.contains("<mark>")) {
            return body;
        }
        if (attachments != null && attachments.contains("<mark>")) {
            return attachments;
        }
        return body != null ? body : attachments == null ? "" : attachments;
    }
}
