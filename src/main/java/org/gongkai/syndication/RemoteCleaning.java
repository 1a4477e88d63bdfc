package org.gongkai.syndication;

import org.gongkai.integrity.CleanedDocument;
import org.gongkai.integrity.PageCleaner;
import org.gongkai.integrity.Removal;
import org.gongkai.integrity.RemovalKind;
import org.gongkai.transparency.RemoteEditionCheck;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The import cleaning of {@code integrity}, applied to a verified remote edition. A re-post must say exactly what
 * the original says (its hash is shown as matching), so nothing is silently cleaned away: an edition whose texts
 * hold markup, or in which the cleaner finds injected or altered text (invisible characters, emoji, pinyin,
 * gambling stuffing or lines, advertisements, converted script, mojibake), is refused with the list of what was
 * found, for the operator and the source to see. The cleaner's mere flags (a non-government web address, a brand
 * name where an agency is expected) are heuristics for a pasted page and do not refuse a signed edition.
 */
@Component
class RemoteCleaning {

    /** Tags, comments, processing instructions and script addresses: a document's text has none of them. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z]|javascript\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Set<RemovalKind> REFUSED = EnumSet.of(RemovalKind.INVISIBLE, RemovalKind.EMOJI,
            RemovalKind.PINYIN, RemovalKind.ADVERTISEMENT, RemovalKind.SPAM_TOKEN, RemovalKind.SPAM_LINE,
            RemovalKind.HEADLINES, RemovalKind.SCRIPT_CONVERTED, RemovalKind.MOJIBAKE_REPAIRED, RemovalKind.MOJIBAKE,
            RemovalKind.HTML_CHROME);

    private final PageCleaner cleaner = new PageCleaner();

    /** Throws when the edition may not come in; the reason is MARKUP or CLEANING. */
    void check(RemoteEditionCheck.Verified v) throws RemoteFetcher.Refused {
        boolean markup = Stream.of(v.title(), v.documentNumber(), v.issuer(), v.theme(), v.keywords(), v.summary(),
                v.body()).filter(Objects::nonNull).anyMatch(t -> MARKUP.matcher(t).find());
        if (markup) {
            throw new RemoteFetcher.Refused("MARKUP", "the edition's text holds markup or a script address");
        }
        String text = String.join("\n", Stream.of(v.title(), v.issuer(), v.summary(), v.body())
                .filter(Objects::nonNull).toList());
        CleanedDocument cleaned = cleaner.cleanText(text);
        Set<String> found = cleaned.removals().stream().map(Removal::kind).filter(REFUSED::contains)
                .map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        if (!found.isEmpty()) {
            throw new RemoteFetcher.Refused("CLEANING", "the import cleaning found " + String.join(", ", found));
        }
    }
}
