package org.gongkai.integrity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.integrity.CleanedDocument;
import org.gongkai.integrity.MirrorReport;
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
 * documents published here, exactly — with every difference, what was injected, and for a saved page of ours the
 * transparency-log evidence — and can download the result as an HTML report. Each check is logged (time, hashed address, verdict, matched
 * id, size — never the text) and rate-limited per address.
 */
@Controller
class MirrorCheckPages {

    private final MirrorCheckRun run;
    private final PublishedIndex published;
    private final MirrorCheckLog log;
    private final CheckRateLimit rateLimit;
    private final AddressHasher hasher;
    private final IntegrityLimits limits;

    MirrorCheckPages(MirrorCheckRun run, PublishedIndex published, MirrorCheckLog log,
                          CheckRateLimit rateLimit, AddressHasher hasher, IntegrityLimits limits) {
        this.run = run;
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
        Map<String, String> errors = new LinkedHashMap<>();
        SubmittedPage page = SubmittedPage.from(text, file, limits.maxPageBytes, errors);
        return answer(page, errors, text, request, response, model, "integrity/mirror-check");
    }

    /**
     * The same check as a standalone HTML report to download and file: the result page carries the checked bytes
     * back (base64) so nothing is stored.
     */
    @PostMapping("/mirror-check/report")
    String report(@RequestParam(required = false) String page, @RequestParam(required = false) String fileName,
                  @RequestParam(required = false) String source, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        SubmittedPage submitted = SubmittedPage.fromSaved(page, fileName, source, limits.maxPageBytes, errors);
        String view = answer(submitted, errors, null, request, response, model, "integrity/mirror-report");
        if ("integrity/mirror-report".equals(view)) {
            response.setHeader("Content-Disposition", "attachment; filename=\"mirror-check-"
                    + ((CleanedDocument) model.getAttribute("copy")).originalSha256().substring(0, 12)
                    + ".html\"");
        }
        return view;
    }

    private String answer(SubmittedPage page, Map<String, String> errors, String text, HttpServletRequest request,
                          HttpServletResponse response, Model model, String view) {
        PublishedIndex.Snapshot snapshot = published.current();
        model.addAttribute("publishedCount", snapshot.index().size());
        model.addAttribute("maxKb", limits.maxPageBytes / 1024);
        model.addAttribute("text", text);
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
        MirrorCheckRun.Outcome outcome = run.run(page, snapshot);
        MirrorReport report = outcome.report();
        log.record(ipHash, page.source(), report.verdict(), report.best() == null ? null : report.best().docId(),
                report.best() == null ? null : report.best().similarity(), page.bytes().length);
        model.addAttribute("copy", outcome.copy());
        model.addAttribute("report", report);
        model.addAttribute("matched", outcome.matched());
        model.addAttribute("evidence", outcome.evidence());
        model.addAttribute("repost", outcome.repost());
        model.addAttribute("saved", page);
        model.addAttribute("baseUrl", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromContextPath(request).build().toUriString());
        model.addAttribute("checkedAt", java.time.ZonedDateTime.now(org.gongkai.platform.Zones.CHINA)
                .withNano(0).toOffsetDateTime().toString());
        return view;
    }
}
