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
 * dataset and series (also as Turtle and RDF/XML). Only published datasets, versions and series, through
 * {@link PublicDatasets} and {@link PublicSeries}.
 */
@RestController
class OpenDataApi {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");
    static final MediaType RDF_XML = MediaType.parseMediaType("application/rdf+xml;charset=UTF-8");
    static final int MAX_SIZE = 100;

    private final PublicDatasets published;
    private final OrganisationDirectory organisations;
    private final PublicSeries series;

    OpenDataApi(PublicDatasets published, OrganisationDirectory organisations, PublicSeries series) {
        this.published = published;
        this.series = series;
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
        return ResponseEntity.ok().contentType(JSON_LD).body(DcatJsonLd.script(catalogModel(site, request)));
    }

    /** The catalog's DCAT-AP metadata as Turtle: the same model as the JSON-LD. */
    @GetMapping("/api/v1/public/opendata/{site}/catalog.ttl")
    ResponseEntity<String> catalogTurtle(@PathVariable String site, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(TURTLE).body(DcatTurtle.write(catalogModel(site, request)));
    }

    /** The catalog's DCAT-AP metadata as RDF/XML: the same model as the JSON-LD. */
    @GetMapping("/api/v1/public/opendata/{site}/catalog.rdf")
    ResponseEntity<String> catalogRdfXml(@PathVariable String site, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(RDF_XML).body(DcatRdfXml.write(catalogModel(site, request)));
    }

    @GetMapping("/api/v1/public/opendata/datasets/{id}")
    ResponseEntity<String> dataset(@PathVariable long id, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(JSON_LD).body(DcatJsonLd.script(datasetModel(id, request)));
    }

    @GetMapping("/api/v1/public/opendata/datasets/{id}.ttl")
    ResponseEntity<String> datasetTurtle(@PathVariable long id, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(TURTLE).body(DcatTurtle.write(datasetModel(id, request)));
    }

    @GetMapping("/api/v1/public/opendata/datasets/{id}.rdf")
    ResponseEntity<String> datasetRdfXml(@PathVariable long id, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(RDF_XML).body(DcatRdfXml.write(datasetModel(id, request)));
    }

    @GetMapping("/api/v1/public/opendata/series/{id}")
    ResponseEntity<String> series(@PathVariable long id, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(JSON_LD).body(DcatJsonLd.script(seriesModel(id, request)));
    }

    @GetMapping("/api/v1/public/opendata/series/{id}.ttl")
    ResponseEntity<String> seriesTurtle(@PathVariable long id, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(TURTLE).body(DcatTurtle.write(seriesModel(id, request)));
    }

    @GetMapping("/api/v1/public/opendata/series/{id}.rdf")
    ResponseEntity<String> seriesRdfXml(@PathVariable long id, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(RDF_XML).body(DcatRdfXml.write(seriesModel(id, request)));
    }

    private Map<String, Object> catalogModel(String site, HttpServletRequest request) {
        Organisation o = site(site);
        List<Long> ids = organisations.subtreeIds(o.id());
        List<Dataset> datasets = published.newest(ids, 1000);
        Map<Long, List<PublicDatasets.PublicResource>> resources = new LinkedHashMap<>();
        datasets.forEach(d -> resources.put(d.id(), published.resources(d.id())));
        return DcatJsonLd.catalog(OpenDataPages.base(request), o, datasets, resources, organisations::get,
                series.places(ids), series.of(ids));
    }

    private Map<String, Object> datasetModel(long id, HttpServletRequest request) {
        Dataset d = published.find(id).orElseThrow(() -> new NotFoundException("dataset", id));
        return DcatJsonLd.dataset(OpenDataPages.base(request), d, organisations.get(d.organisationId()),
                published.resources(id), series.placeOf(id).orElse(null));
    }

    private Map<String, Object> seriesModel(long id, HttpServletRequest request) {
        Series s = series.find(id).orElseThrow(() -> new NotFoundException("series", id));
        List<Dataset> members = series.members(id);
        Map<Long, List<PublicDatasets.PublicResource>> resources = new LinkedHashMap<>();
        members.forEach(d -> resources.put(d.id(), published.resources(d.id())));
        return DcatJsonLd.series(OpenDataPages.base(request), s, organisations.get(s.organisationId()), members,
                resources);
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
