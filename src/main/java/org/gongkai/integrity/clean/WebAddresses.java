package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags web addresses in the text that are not government ones ({@code .gov.cn}, {@code .gov}, {@code .edu.cn}
 * and their subdomains): a re-poster replaces the official site's address with its own, and a substituted
 * address must never be republished as the official one. Nothing is removed — the editor decides.
 */
public final class WebAddresses implements CleaningStep {

    static final Pattern ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9.@-])(?:https?://)?((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
                    + "(?:com|cn|net|org|cc|vip|top|xyz|info|biz|me|tv|app|io|co|gov|edu|hk|mo|tw|bet|club|site|online|shop|win|live|fun|icu|ltd|asia|ws|pw|la|in)"
                    + ")(?![A-Za-z0-9-])(?:[:/][^\\s，。；）)】]*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFICIAL = Pattern.compile("(^|\\.)(gov\\.cn|gov|edu\\.cn)$");

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        for (String line : lines) {
            Matcher m = ADDRESS.matcher(line);
            while (m.find()) {
                String host = m.group(1).toLowerCase(Locale.ROOT);
                if (!isOfficial(host) && host.contains(".")) {
                    log.record(RemovalKind.DOMAIN, host);
                }
            }
        }
        return lines;
    }

    public static boolean isOfficial(String host) {
        return OFFICIAL.matcher(host.toLowerCase(Locale.ROOT)).find();
    }
}
