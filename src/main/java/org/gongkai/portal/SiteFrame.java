package org.gongkai.portal;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.report.PublishedReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every page of an organisation's site shows around its content: the organisation (header and footer), its
 * place in the organisation tree, and the links to the fixed sections — only to sections that have content.
 */
@Component
class SiteFrame {

    /** The catalog node whose documents are the organisation's 信息公开制度, by its conventional name. */
    static final String RULES_NODE_NAME = "信息公开制度";

    private final OrganisationDirectory organisations;
    private final CatalogTree catalog;
    private final SectionTexts texts;
    private final Sites sites;
    private final String errorReportUrl;
    private final PublishedReports reports;
    private final List<SiteContribution> contributions;

    SiteFrame(OrganisationDirectory organisations, CatalogTree catalog, SectionTexts texts, Sites sites,
              PublishedReports reports, List<SiteContribution> contributions,
              @Value("${gongkai.portal.error-report-url:https://zfwzzc.www.gov.cn/}") String errorReportUrl) {
        this.contributions = contributions;
        this.sites = sites;
        this.errorReportUrl = errorReportUrl;
        this.reports = reports;
        this.organisations = organisations;
        this.catalog = catalog;
        this.texts = texts;
    }

    /** Fills the frame of a page; the page then depends on the site's frame (see {@link CacheTags#site}). */
    void fill(Model model, Organisation org, jakarta.servlet.http.HttpServletRequest request) {
        CacheTags.add(request, CacheTags.site(org.id()));
        model.addAttribute("org", org);
        model.addAttribute("home", sites.homePath(org));
        model.addAttribute("ancestry", organisations.ancestry(org.id()));
        model.addAttribute("sections", sections(org));
        model.addAttribute("errorReportUrl", errorReportUrl);
    }

    List<SectionLink> sections(Organisation org) {
        String base = "/o/" + org.slug();
        List<SectionLink> links = new ArrayList<>();
        links.add(new SectionLink("portal.section.guide", base + "/guide"));
        if (hasRules(org)) {
            links.add(new SectionLink("portal.section.rules", base + "/rules"));
        }
        links.add(new SectionLink("portal.section.catalog", base + "/catalog"));
        links.add(new SectionLink("portal.section.apply", "/apply?org=" + org.slug()));
        links.add(new SectionLink("portal.section.applyStatus", "/apply/status?site=" + org.slug()));
        links.add(new SectionLink("portal.section.myApplications", "/my?site=" + org.slug()));
        if (reports.anyAtOrBelow(org.id())) { // never a link to an empty section
            links.add(new SectionLink("portal.section.reports", base + "/reports"));
        }
        // other modules' sections (enrollment's school districts, open data, …): SiteContribution beans
        for (SiteContribution c : contributions) {
            c.sections(org.id()).forEach(l -> links.add(new SectionLink(l.labelKey(), l.href())));
        }
        return links;
    }

    boolean hasRules(Organisation org) {
        return texts.find(org.id(), SectionTexts.Section.RULES).isPresent() || rulesNode(org).isPresent();
    }

    Optional<CatalogNode> rulesNode(Organisation org) {
        return catalog.nodesOf(org.id()).stream().map(CatalogTree.Entry::node)
                .filter(n -> RULES_NODE_NAME.equals(n.name())).findFirst();
    }
}
