package org.gongkai.syndication;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.document.DocumentQueries;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The re-post board: an organisation's documents and who below re-posted them, per subscriber its median delay, and
 * the limit the organisation sets. {@code ?org=} shows the board of an organisation below the user's.
 */
@Controller
class RepostBoardPages {

    static final int PAGE_SIZE = 10;

    private final RepostBoard board;
    private final DocumentQueries documents;
    private final OrganisationDirectory organisations;

    RepostBoardPages(RepostBoard board, DocumentQueries documents, OrganisationDirectory organisations) {
        this.board = board;
        this.documents = documents;
        this.organisations = organisations;
    }

    @GetMapping("/admin/syndication/board")
    String board(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) Integer page,
                 Model model) {
        return board(user, org == null ? user.organisationId() : org, page, model, Map.of(), null);
    }

    @GetMapping("/admin/syndication/board/{documentId}")
    String document(StaffUser user, @PathVariable long documentId, Model model) {
        documents.requireReader(user, user.organisationId());
        model.addAttribute("entry", board.document(user, documentId));
        return "syndication/board-document";
    }

    @PostMapping("/admin/syndication/board/limit")
    String limit(StaffUser user, @RequestParam(required = false) String workingDays, HttpServletResponse response,
                 Model model) {
        try {
            board.setLimit(user, workingDays);
            return "redirect:/admin/syndication/board?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return board(user, user.organisationId(), null, model, e.fieldErrors(), workingDays);
        }
    }

    @PostMapping("/admin/syndication/board/kind-limit")
    String kindLimit(StaffUser user, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String kindDays, HttpServletResponse response, Model model) {
        try {
            board.setKindLimit(user, kind, kindDays);
            return "redirect:/admin/syndication/board?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return board(user, user.organisationId(), null, model, e.fieldErrors(), null);
        }
    }

    private String board(StaffUser user, long orgId, Integer page, Model model, Map<String, String> errors,
                         String workingDays) {
        documents.requireReader(user, orgId);
        Page<RepostBoard.Entry> entries = board.documents(user, orgId, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("entries", entries);
        model.addAttribute("summary", board.summary(user, orgId));
        model.addAttribute("limit", board.limitOf(orgId));
        model.addAttribute("limits", board.limitsOf(orgId));
        model.addAttribute("kinds", org.gongkai.document.DocumentKind.values());
        model.addAttribute("canSetLimit", orgId == user.organisationId()
                && user.hasAny(Role.PUBLISHER, Role.DISCLOSURE_OFFICER));
        model.addAttribute("errors", errors);
        model.addAttribute("workingDays", workingDays);
        model.addAttribute("orgParam", orgId == user.organisationId() ? null : orgId);
        return "syndication/board";
    }
}
