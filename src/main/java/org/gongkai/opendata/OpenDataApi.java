package org.gongkai.opendata;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The public JSON API of open data (under {@code /api/v1/public/}, open without a token per {@code PublicPaths}):
 * a site's datasets and its resource-catalogue entries with paging and the catalog's filters, and DCAT-AP 3 JSON-LD
 * of a site's catalog and of each dataset and series (also as Turtle and RDF/XML). Only published datasets,
 * versions and series, through {@link PublicDatasets} and {@link PublicSeries}.
 */
@RestController
class OpenDataApi {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");
    static final MediaType RDF_XML = MediaType.parseMediaType("application/rdf+xml;charset=UTF-8");
    static final int MAX_SIZE = 100;

    /** The three syntaxes of the same DCAT-AP model. */
    private enum Syntax {
        JSON(JSON_LD, DcatJsonLd::script), TTL(TURTLE, DcatTurtle::write), RDF(RDF_XML, DcatRdfXml::write);

        final MediaType type;
        final Function<Map<String, Object>, String> writer;

        Syntax(MediaType type, Function<Map<String, Object>, String> writer) {
            this.type = type;
            this.writer = writer;
        }

        ResponseEntity<String> render(Map<String, Object> model) {
            return ResponseEntity.ok().contentType(type).body(writer.apply(model));
        }
    }

    private final PublicDatasets published;
    private final OrganisationDirectory organisations;
    private final PublicSeries series;
    private final CatalogQueries queries;
    private final DirectoryFields directoryFields;
    private final DirectoryStore directory;
    private final LinkStore links;

    OpenDataApi(PublicDatasets published, OrganisationDirectory organisations, PublicSeries series,
                CatalogQueries queries, DirectoryFields directoryFields, DirectoryStore directory, LinkStore links) {
        this.links = links;
        this.published = published;
        this.series = series;
        this.organisations = organisations;
        this.queries = queries;
        this.directoryFields = directoryFields;
        this.directory = directory;
    }

    @GetMapping("/api/v1/public/opendata/{site}/datasets")
    Map<String, Object> datasets(@PathVariable String site, @RequestParam(required = false) String theme,
                                 @RequestParam(required = false) Long org, @RequestParam(required = false) String format,
                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                 HttpServletRequest request) {
        Page<PublicDatasets.Listed> rows = queries.page(site, theme, org, format, page, size);
        Map<Long, Map<String, String>> values = directory.publicValues(ids(rows));
        String base = OpenDataPages.base(request);
        return paged(rows, l -> item(base, l, values.getOrDefault(l.dataset().id(), Map.of())));
    }

    /**
     * The site's entries of the national resource catalogue (政务信息资源目录, ADR 0047): each published dataset with
     * the configured fields (labels, values in words, and whether the field is verified: none is), its data items and
     * formats; same paging and filters as {@code datasets}.
     */
    @GetMapping("/api/v1/public/opendata/{site}/directory")
    Map<String, Object> directory(@PathVariable String site, @RequestParam(required = false) String theme,
                                  @RequestParam(required = false) Long org, @RequestParam(required = false) String format,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                  HttpServletRequest request) {
        Page<PublicDatasets.Listed> rows = queries.page(site, theme, org, format, page, size);
        Map<Long, Map<String, String>> values = directory.publicValues(ids(rows));
        String base = OpenDataPages.base(request);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> out = paged(rows, l -> entry(base, l, values.getOrDefault(l.dataset().id(), Map.of()),
                locale));
        out.put("verified", false);
        out.put("fields", directoryFields.all().stream().map(f -> field(f, locale)).toList());
        return out;
    }

    @GetMapping("/api/v1/public/opendata/{site}/catalog")
    ResponseEntity<String> catalog(@PathVariable String site, HttpServletRequest request) {
        return Syntax.JSON.render(catalogModel(site, request));
    }

    /** The catalog's DCAT-AP metadata as Turtle: the same model as the JSON-LD. */
    @GetMapping("/api/v1/public/opendata/{site}/catalog.ttl")
    ResponseEntity<String> catalogTurtle(@PathVariable String site, HttpServletRequest request) {
        return Syntax.TTL.render(catalogModel(site, request));
    }

    /** The catalog's DCAT-AP metadata as RDF/XML: the same model as the JSON-LD. */
    @GetMapping("/api/v1/public/opendata/{site}/catalog.rdf")
    ResponseEntity<String> catalogRdfXml(@PathVariable String site, HttpServletRequest request) {
        return Syntax.RDF.render(catalogModel(site, request));
    }

    @GetMapping("/api/v1/public/opendata/datasets/{id}")
    ResponseEntity<String> dataset(@PathVariable long id, HttpServletRequest request) {
        return Syntax.JSON.render(datasetModel(id, request));
    }

    @GetMapping("/api/v1/public/opendata/datasets/{id}.ttl")
    ResponseEntity<String> datasetTurtle(@PathVariable long id, HttpServletRequest request) {
        return Syntax.TTL.render(datasetModel(id, request));
    }

    @GetMapping("/api/v1/public/opendata/datasets/{id}.rdf")
    ResponseEntity<String> datasetRdfXml(@PathVariable long id, HttpServletRequest request) {
        return Syntax.RDF.render(datasetModel(id, request));
    }

    @GetMapping("/api/v1/public/opendata/series/{id}")
    ResponseEntity<String> series(@PathVariable long id, HttpServletRequest request) {
        return Syntax.JSON.render(seriesModel(id, request));
    }

    @GetMapping("/api/v1/public/opendata/series/{id}.ttl")
    ResponseEntity<String> seriesTurtle(@PathVariable long id, HttpServletRequest request) {
        return Syntax.TTL.render(seriesModel(id, request));
    }

    @GetMapping("/api/v1/public/opendata/series/{id}.rdf")
    ResponseEntity<String> seriesRdfXml(@PathVariable long id, HttpServletRequest request) {
        return Syntax.RDF.render(seriesModel(id, request));
    }

    private Map<String, Object> catalogModel(String site, HttpServletRequest request) {
        Organisation o = queries.site(site);
        List<Long> ids = organisations.subtreeIds(o.id());
        List<Dataset> datasets = published.newest(ids, 1000);
        return DcatJsonLd.catalog(OpenDataPages.base(request), o, datasets, resources(datasets), organisations::get,
                series.places(ids), series.of(ids), links::published);
    }

    private Map<String, Object> datasetModel(long id, HttpServletRequest request) {
        Dataset d = published.find(id).orElseThrow(() -> new NotFoundException("dataset", id));
        return DcatJsonLd.dataset(OpenDataPages.base(request), d, organisations.get(d.organisationId()),
                published.resources(id), series.placeOf(id).orElse(null), links.published(id));
    }

    private Map<String, Object> seriesModel(long id, HttpServletRequest request) {
        Series s = series.find(id).orElseThrow(() -> new NotFoundException("series", id));
        List<Dataset> members = series.members(id);
        return DcatJsonLd.series(OpenDataPages.base(request), s, organisations.get(s.organisationId()), members,
                resources(members), links::published);
    }

    private Map<Long, List<PublicDatasets.PublicResource>> resources(List<Dataset> datasets) {
        Map<Long, List<PublicDatasets.PublicResource>> resources = new LinkedHashMap<>();
        datasets.forEach(d -> resources.put(d.id(), published.resources(d.id())));
        return resources;
    }

    private static List<Long> ids(Page<PublicDatasets.Listed> rows) {
        return rows.items().stream().map(l -> l.dataset().id()).toList();
    }

    private static <T> Map<String, Object> paged(Page<T> rows, Function<T, Map<String, Object>> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("page", rows.page());
        out.put("size", rows.size());
        out.put("total", rows.total());
        out.put("pages", rows.totalPages());
        out.put("items", rows.items().stream().map(item).toList());
        return out;
    }

    private static Map<String, Object> item(String base, PublicDatasets.Listed l, Map<String, String> directory) {
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
        m.put("directory", directory);
        return m;
    }

    private Map<String, Object> entry(String base, PublicDatasets.Listed l, Map<String, String> stored, Locale locale) {
        Dataset d = l.dataset();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("url", base + "/data/" + d.id());
        m.put("title", d.title());
        m.put("description", d.description());
        m.put("provider", l.organisationName());
        Map<String, Object> values = new LinkedHashMap<>();
        directoryFields.entries(stored, locale).forEach(e -> values.put(e.field().code(),
                Map.of("value", e.value(), "text", e.text())));
        m.put("fields", values);
        m.put("dataItems", DataItems.of(published.resources(d.id())).stream().map(i -> Map.of(
                "resource", i.resourceTitle(),
                "columns", i.columns().stream().map(c -> Map.of("name", c.name(), "type", c.type().xsd())).toList()))
                .toList());
        m.put("formats", l.formats().stream().map(Enum::name).toList());
        m.put("frequency", d.frequency().name());
        m.put("published", d.publishedAt().toString());
        return m;
    }

    private static Map<String, Object> field(DirectoryField f, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code());
        m.put("label", f.label(locale));
        m.put("kind", f.kind().name());
        m.put("nearestDcat", f.nearestDcat());
        m.put("verified", false);
        if (f.choice()) {
            m.put("choices", f.choices().stream().map(c -> Map.of("code", c.code(), "label", c.label(locale))).toList());
        }
        return m;
    }
}
