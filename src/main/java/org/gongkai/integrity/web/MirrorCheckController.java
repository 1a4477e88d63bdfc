package org.gongkai.integrity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.integrity.CleanedDocument;
import org.gongkai.integrity.MirrorCandidate;
import org.gongkai.integrity.MirrorMatcher;
import org.gongkai.integrity.MirrorReport;
import org.gongkai.integrity.PageCleaner;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public mirror check: anyone pastes text or uploads a saved page and learns whether it is one of the
 * documents published here, with the differences. Each check is logged (time, hashed address, verdict, matched
 * id, size — never the text) and rate-limited per address.
 */
@Controller
class MirrorCheckController {

    private final PageCleaner cleaner;
    private final MirrorMatcher matcher;
    private final PublishedIndex published;
    private final MirrorCheckLog log;
    private final CheckRateLimit rateLimit;
    private final AddressHasher hasher;
    private final IntegrityLimits limits;

    MirrorCheckController(PageCleaner cleaner, MirrorMatcher matcher, PublishedIndex published, MirrorCheckLog log,
                          CheckRateLimit rateLimit, AddressHasher hasher, IntegrityLimits limits) {
        this.cleaner = cleaner;
        this.matcher = matcher;
        this.published = published;
        this.log = log;
        this.rateLimit = rateLimit;
        this.hasher = hasher;
        this.limits = limits;
    }

    @GetMapping("/mirror-check")
    String form(Model model) {
        model.addAttribute("publishedCount", published.current().index().size());
        model.addAttribute("maxKb", limits.maxPageBytes / 1024);
        return "integrity/mirror-check";
    }

    @PostMapping("/mirror-check")
    String check(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        PublishedIndex.Snapshot snapshot = published.current();
        model.addAttribute("publishedCount", snapshot.index().size());
        model.addAttribute("maxKb", limits.maxPageBytes / 1024);
        model.addAttribute("text", text);
        Map<String, String> errors = new LinkedHashMap<>();
        SubmittedPage page = SubmittedPage.from(text, file, limits.maxPageBytes, errors);
        if (page == null) {
            model.addAttribute("errors", errors);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "integrity/mirror-check";
        }
        String ipHash = hasher.hash(request.getRemoteAddr());
        if (!rateLimit.tryTake(ipHash)) {
            model.addAttribute("rateLimited", true);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "integrity/mirror-check";
        }
        CleanedDocument copy = cleaner.clean(page.bytes(), page.fileName());
        MirrorReport report = matcher.check(copy, snapshot.index());
        MirrorCandidate matched = report.best() == null ? null : snapshot.candidates().get(report.best().docId());
        log.record(ipHash, page.source(), report.verdict(), report.best() == null ? null : report.best().docId(),
                report.best() == null ? null : report.best().similarity(), page.bytes().length);
        model.addAttribute("copy", copy);
        model.addAttribute("report", report);
        model.addAttribute("matched", matched);
        return "integrity/mirror-check";
    }
}
