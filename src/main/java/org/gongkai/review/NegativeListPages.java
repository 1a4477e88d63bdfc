package org.gongkai.review;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The public summary of an organisation's negative list: categories and legal bases, never descriptions or terms. */
@Controller
class NegativeListPages {

    private final NegativeList list;
    private final OrganisationDirectory directory;

    NegativeListPages(NegativeList list, OrganisationDirectory directory) {
        this.list = list;
        this.directory = directory;
    }

    @GetMapping("/negative-list")
    String summary(@RequestParam(required = false) String org, Model model) {
        Organisation organisation = (org == null || org.isBlank() ? directory.root() : directory.findBySlug(org))
                .orElseThrow(() -> new NotFoundException("organisation", org));
        Map<NegativeCategory, List<NegativeListSummary>> byCategory = new TreeMap<>();
        for (NegativeListSummary s : list.publicSummary(organisation.id())) {
            byCategory.computeIfAbsent(s.category(), c -> new java.util.ArrayList<>()).add(s);
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("byCategory", new LinkedHashMap<>(byCategory));
        return "review/negative-list-public";
    }
}
