package org.gongkai.opendata;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public JSON API of open data (under {@code /api/v1/public/}, open without a token per {@code PublicPaths}):
 * a site's datasets with paging and the catalog's filters, and DCAT-AP 3 JSON-LD of a site's catalog and of each
 * dataset. Only published datasets and versions, through {@link PublicDatasets}.
 */
@RestController
class OpenDataApi {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");
    static final int MAX_SIZE = 100;

    private final PublicDatasets published;
    private final OrganisationDirectory organisations;

    OpenDataApi(PublicDatasets published, OrganisationDirectory organisations) {
        this.published = published;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/public/opendata/{site}/datasets")
    Map<String, Object> datasets(@PathVariable String site, @RequestParam(required = false) String theme,
                                 @RequestParam(required = false) Long org, @RequestParam(required = false) String format,
                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                 HttpServletRequest request) {
        Organisation o = site(site);
        List<Long> ids = organisations.subtreeIds(o.id());
        if (org != null && !ids.contains(org)) {
            throw InvalidInputException.of("org", "od.error.org");
        }
        int pageSize = size == null ? 20 : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw InvalidInputException.of("size", "od.error.size");
        }
        Page<PublicDatasets.Listed> rows = published.page(ids, new PublicDatasets.Filter(
                OpenDataPages.choice(DatasetTheme.class, theme, "theme"), org,
                OpenDataPages.choice(ResourceFormat.class, format, "format")), Page.clamp(page), pageSize);
        String base = OpenDataPages.base(request);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("page", rows.page());
        out.put("size", rows.size());
        out.put("total", rows.total());
        out.put("pages", rows.totalPages());
        out.put("items", rows.items().stream().map(l -> item(base, l)).toList());
        return out;
    }

    @GetMapping("/api/v1/public/opendata/{site}/catalog")
    ResponseEntity<String> catalog(@PathVariable String site, HttpServletRequest request) {
        Organisation o = site(site);
        List<Dataset> datasets = published.newest(organisations.subtreeIds(o.id()), 1000);
        Map<Long, List<PublicDatasets.PublicResource>> resources = new LinkedHashMap<>();
        datasets.forEach(d -> resources.put(d.id(), published.resources(d.id())));
        return ResponseEntity.ok().contentType(JSON_LD).body(DcatJsonLd.script(
                DcatJsonLd.catalog(OpenDataPages.base(request), o, datasets, resources)));
    }

    /** The catalog's DCAT-AP metadata as Turtle: the same model as the JSON-LD. */
    @GetMapping("/api/v1/public/opendata/{site}/catalog.ttl")
    ResponseEntity<String> catalogTurtle(@PathVariable String site, HttpServletRequest request) {
        Organisation o = site(site);
        List<Dataset> datasets = published.newest(organisations.subtreeIds(o.id()), 1000);
        Map<Long, List<PublicDatasets.PublicResource>> resources = new LinkedHashMap<>();
        datasets.forEach(d -> resources.put(d.id(), published.resources(d.id())));
        return ResponseEntity.ok().contentType(TURTLE).body(DcatTurtle.write(
                DcatJsonLd.catalog(OpenDataPages.base(request), o, datasets, resources)));
    }

    @GetMapping("/api/v1/public/opendata/datasets/{id}.ttl")
    ResponseEntity<String> datasetTurtle(@PathVariable long id, HttpServletRequest request) {
        Dataset d = published.find(id).orElseThrow(() -> new NotFoundException("dataset", id));
        return ResponseEntity.ok().contentType(TURTLE).body(DcatTurtle.write(DcatJsonLd.dataset(
                OpenDataPages.base(request), d, organisations.get(d.organisationId()), published.resources(id))));
    }

    @GetMapping("/api/v1/public/opendata/datasets/{id}")
    ResponseEntity<String> dataset(@PathVariable long id, HttpServletRequest request) {
        Dataset d = published.find(id).orElseThrow(() -> new NotFoundException("dataset", id));
        return ResponseEntity.ok().contentType(JSON_LD).body(DcatJsonLd.script(DcatJsonLd.dataset(
                OpenDataPages.base(request), d, organisations.get(d.organisationId()), published.resources(id))));
    }

    private static Map<String, Object> item(String base, PublicDatasets.Listed l) {
        Dataset d = l.dataset();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("url", base + "/data/" + d.id());
        m.put("title", d.title());
        m.put("description", d.description());
        m.put("theme", d.theme().name());
        m.put("keywords", d.keywordList());
        m.put("organisation", l.organisationName());
        m.put("publisher", d.publisher());
        m.put("licence", d.licence().uri());
        m.put("frequency", d.frequency().name());
        m.put("formats", l.formats().stream().map(Enum::name).toList());
        m.put("published", d.publishedAt().toString());
        m.put("modified", d.updatedAt().toString());
        m.put("metadata", base + "/api/v1/public/opendata/datasets/" + d.id());
        return m;
    }

    private Organisation site(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
    }
}
