package org.gongkai.review;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A back-office page to paste a text and see what the screening finds, highlighted in place. */
@Controller
@RequestMapping("/admin/screening")
class ScreeningPages {

    static final int MAX_CHARS = 200_000;

    private final NegativeList list;

    ScreeningPages(NegativeList list) {
        this.list = list;
    }

    /** A piece of the screened text: plain, or the finding numbered {@code number} (1-based, 0 for plain). */
    record Segment(String text, int number, Finding finding) {
    }

    @GetMapping
    String form() {
        return "review/screening";
    }

    @PostMapping
    String screen(StaffUser user, @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        model.addAttribute("text", text);
        if (text.length() > MAX_CHARS) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", Map.of("text", "review.screening.tooLong"));
            return "review/screening";
        }
        List<Finding> findings = list.screen(user.organisationId(), text);
        model.addAttribute("findings", findings);
        model.addAttribute("segments", segments(text, findings));
        return "review/screening";
    }

    static List<Segment> segments(String text, List<Finding> findings) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.kind() == FindingKind.PERSON_LIST || f.start() < at) {
                continue;
            }
            if (f.start() > at) {
                out.add(new Segment(text.substring(at, f.start()), 0, null));
            }
            out.add(new Segment(f.matched(), i + 1, f));
            at = f.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), 0, null));
        }
        return out;
    }
}
