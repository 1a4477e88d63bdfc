package org.gongkai.review;

import org.gongkai.document.DocumentQueries;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The documents waiting for review with screening findings still to decide, longest waiting first. */
@Controller
class FindingListPages {

    static final int PAGE_SIZE = 30;

    private final OpenFindings findings;
    private final DocumentQueries documents;
    private final OrganisationDirectory organisations;

    FindingListPages(OpenFindings findings, DocumentQueries documents, OrganisationDirectory organisations) {
        this.findings = findings;
        this.documents = documents;
        this.organisations = organisations;
    }

    @GetMapping("/admin/findings")
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) Integer page,
                Model model) {
        long orgId = org == null ? user.organisationId() : org;
        documents.requireReader(user, orgId);
        Page<OpenFindings.Waiting> rows = findings.documents(orgId, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("rows", rows);
        return "review/open-findings";
    }
}
