package org.gongkai.opendata;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the back-office lists of open data (datasets, series) share: the organisation asked for (one the user may
 * read), the sort by title, status or last change, the page, the addresses that keep the filters when sorting or
 * paging, and the model the shared table fragment ({@code opendata/fragments :: adminTable}) reads.
 */
final class AdminList {

    static final int PAGE_SIZE = 30;
    static final List<String> SORTS = List.of("title", "status", "updated");

    /** A row of such a list: a title linking to its page, a status, the last change and two counts. */
    interface Row {
        String title();

        DatasetStatus status();

        Instant updatedAt();

        String href();

        int first();

        int second();
    }

    private final String path;
    private final Map<String, Object> filters;
    private final long organisationId;
    private final String sort;
    private final String dir;
    private final int page;

    private AdminList(String path, Map<String, Object> filters, long organisationId, String sort, String dir, int page) {
        this.path = path;
        this.filters = filters;
        this.organisationId = organisationId;
        this.sort = sort;
        this.dir = dir;
        this.page = page;
    }

    /** The list the request asks for; 403 for an organisation the user may not read. */
    static AdminList of(StaffUser user, OrganisationAccess access, String path, Long org, String sort, String dir,
                        Integer page) {
        long orgId = org == null ? user.organisationId() : org;
        access.requireRead(user, orgId);
        return new AdminList(path, new LinkedHashMap<>(), orgId,
                sort != null && SORTS.contains(sort) ? sort : "updated", "asc".equals(dir) ? "asc" : "desc",
                Page.clamp(page));
    }

    /** A filter beyond the organisation, kept in the sort and page addresses (null: not set). */
    AdminList filter(String name, Object value) {
        if (value != null) {
            filters.put(name, value);
        }
        return this;
    }

    long organisationId() {
        return organisationId;
    }

    int page() {
        return page;
    }

    /** The ORDER BY clause, the columns prefixed with the table's alias. */
    String orderBy(String alias) {
        String column = switch (sort) {
            case "title" -> "title";
            case "status" -> "status";
            default -> "updated_at";
        };
        return alias + "." + column + " " + dir;
    }

    /** Fills the model for the list page; the rows are this list's page. */
    void fill(Model model, StaffUser user, OrganisationAccess access, OrganisationDirectory organisations,
              Page<? extends Row> rows) {
        model.addAttribute("organisation", organisations.get(organisationId));
        model.addAttribute("organisations", organisations.subtree(user.organisationId()));
        model.addAttribute("rows", rows);
        model.addAttribute("list", this);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("canCreate", access.canEdit(user, organisationId) && user.has(Role.EDITOR));
    }

    public List<String> sorts() {
        return SORTS;
    }

    public String ariaSort(String column) {
        return column.equals(sort) ? ("asc".equals(dir) ? "ascending" : "descending") : null;
    }

    /** The address sorting by the column: ascending, or descending when it is already sorted ascending. */
    public String sortHref(String column) {
        return href(column, column.equals(sort) && "asc".equals(dir) ? "desc" : "asc", null);
    }

    public String pageHref(int n) {
        return href(sort, dir, n);
    }

    private String href(String s, String d, Integer n) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path).queryParam("org", organisationId);
        filters.forEach(b::queryParam);
        b.queryParam("sort", s).queryParam("dir", d);
        if (n != null) {
            b.queryParam("page", n);
        }
        return b.encode().build().toUriString();
    }
}
