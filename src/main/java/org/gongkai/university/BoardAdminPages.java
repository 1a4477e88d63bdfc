package org.gongkai.university;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The back office of the disclosure list: a university's board (every item with what satisfies it, its office, last
 * update and clock; missing and overdue flagged, filterable), an item's form, and for an organisation above
 * universities the ranking of every university below it by missing items.
 */
@Controller
class BoardAdminPages {

    static final int PAGE_SIZE = 30;
    static final List<String> SORTS = List.of("missing", "overdue", "name");

    /** One university's line in the ranking. */
    record Ranked(Organisation university, long missing, long overdue, long pending, long current) {
    }

    private final Boards boards;
    private final BoardEditing editing;
    private final BoardStore store;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final CatalogTree catalog;

    BoardAdminPages(Boards boards, BoardEditing editing, BoardStore store, OrganisationAccess access,
                    OrganisationDirectory organisations, CatalogTree catalog) {
        this.boards = boards;
        this.editing = editing;
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.catalog = catalog;
    }

    @GetMapping("/admin/disclosure-list")
    String board(StaffUser user, @RequestParam(required = false) Long org,
                 @RequestParam(required = false) String show, @RequestParam(required = false) String sort,
                 @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        Organisation o = organisations.find(orgId)
                .orElseThrow(() -> new org.gongkai.platform.web.NotFoundException("organisation", orgId));
        access.requireRead(user, o.id());
        if (!Boards.isUniversity(o)) {
            return ranking(user, o, sort, dir, page, model);
        }
        LocalDate today = boards.today();
        Board b = boards.forStaff(o, today);
        boolean flaggedOnly = "flagged".equals(show);
        model.addAttribute("board", b);
        model.addAttribute("organisation", o);
        model.addAttribute("today", today);
        model.addAttribute("flaggedOnly", flaggedOnly);
        model.addAttribute("canEdit", BoardEditing.canEdit(access, user, o.id()));
        model.addAttribute("clockDays", BoardEditing.CLOCK_WORKING_DAYS);
        return "university/admin-board";
    }

    private String ranking(StaffUser user, Organisation o, String sort, String dir, Integer page, Model model) {
        String s = sort != null && SORTS.contains(sort) ? sort : "missing";
        boolean asc = "asc".equals(dir) || (dir == null && s.equals("name"));
        LocalDate today = boards.today();
        List<Ranked> all = organisations.subtree(o.id()).stream().filter(Boards::isUniversity)
                .map(u -> {
                    Board b = boards.forStaff(u, today);
                    return new Ranked(u, b.missing(), b.overdue(), b.count(ItemStatus.PENDING), b.count(ItemStatus.CURRENT));
                }).sorted(order(s, asc)).toList();
        int p = Page.clamp(page);
        List<Ranked> shown = all.stream().skip((long) Page.offset(p, PAGE_SIZE)).limit(PAGE_SIZE).toList();
        model.addAttribute("organisation", o);
        model.addAttribute("organisations", organisations.subtree(user.organisationId()).stream()
                .filter(x -> !Boards.isUniversity(x)).toList());
        model.addAttribute("rows", new Page<>(shown, p, PAGE_SIZE, all.size()));
        model.addAttribute("sort", s);
        model.addAttribute("dir", asc ? "asc" : "desc");
        model.addAttribute("sorts", SORTS);
        return "university/admin-ranking";
    }

    private static Comparator<Ranked> order(String sort, boolean asc) {
        Comparator<Ranked> byName = Comparator.comparing(r -> r.university().name());
        Comparator<Ranked> c = switch (sort) {
            case "overdue" -> Comparator.comparingLong(Ranked::overdue).thenComparingLong(Ranked::missing);
            case "name" -> byName;
            default -> Comparator.comparingLong(Ranked::missing).thenComparingLong(Ranked::overdue);
        };
        return (asc ? c : c.reversed()).thenComparing(byName);
    }

    @GetMapping("/admin/disclosure-list/{org}/items/{no}")
    String item(StaffUser user, @PathVariable long org, @PathVariable int no, Model model) {
        Organisation o = editing.readable(user, org);
        BoardEntry e = store.entries(o.id()).get(editing.item(no).no());
        return form(user, o, no, BoardEditing.ItemForm.of(e), Map.of(), model);
    }

    @PostMapping("/admin/disclosure-list/{org}/items/{no}")
    String save(StaffUser user, @PathVariable long org, @PathVariable int no, @ModelAttribute BoardEditing.ItemForm form,
                HttpServletResponse response, Model model) {
        Organisation o = editing.readable(user, org);
        editing.item(no);
        try {
            editing.save(user, o.id(), no, form);
            return "redirect:/admin/disclosure-list?org=" + o.id() + "&saved=" + no + "#item-" + no;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(user, o, no, form, e.fieldErrors(), model);
        }
    }

    private String form(StaffUser user, Organisation o, int no, BoardEditing.ItemForm form, Map<String, String> errors,
                        Model model) {
        LocalDate today = boards.today();
        Board b = boards.forStaff(o, today);
        BoardRow row = b.rows().stream().filter(r -> r.item().no() == no).findFirst().orElseThrow();
        model.addAttribute("organisation", o);
        model.addAttribute("row", row);
        model.addAttribute("category", b.sections().stream()
                .filter(s -> s.category().no() == row.item().categoryNo()).findFirst().orElseThrow().category());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("columns", catalog.nodesOf(o.id()));
        model.addAttribute("canEdit", BoardEditing.canEdit(access, user, o.id()));
        model.addAttribute("clockDays", BoardEditing.CLOCK_WORKING_DAYS);
        model.addAttribute("today", today);
        return "university/admin-item";
    }
}
