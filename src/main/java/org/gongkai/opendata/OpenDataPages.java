package org.gongkai.opendata;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * The public side of open data: each site's data catalog (its organisation and those below, with filters by theme,
 * organisation and format), a dataset's page (metadata, resources with every published version, a preview of the
 * newest table, its DCAT-AP JSON-LD), and what changed between two versions of a table. Read only through
 * {@link PublicDatasets}.
 */
@Controller
class OpenDataPages {

    static final int PAGE_SIZE = 20;
    static final int PREVIEW_ROWS = 20;

    private final PublicDatasets published;
    private final OrganisationDirectory organisations;
    private final StoredTables tables;
    private final java.time.Clock clock;
    private final PublicSeries series;
    private final DirectoryFields directoryFields;
    private final DirectoryStore directory;
    private final CatalogQueries queries;
    private final LinkStore links;

    OpenDataPages(PublicDatasets published, OrganisationDirectory organisations, StoredTables tables,
                  java.time.Clock clock, PublicSeries series, DirectoryFields directoryFields,
                  DirectoryStore directory, CatalogQueries queries, LinkStore links) {
        this.links = links;
        this.queries = queries;
        this.directoryFields = directoryFields;
        this.directory = directory;
        this.series = series;
        this.published = published;
        this.organisations = organisations;
        this.tables = tables;
        this.clock = clock;
    }

    @GetMapping("/o/{slug}/data")
    String catalog(@PathVariable String slug, @RequestParam(required = false) String theme,
                   @RequestParam(required = false) Long org, @RequestParam(required = false) String format,
                   @RequestParam(required = false) Integer page, Model model) {
        Organisation site = queries.site(slug);
        List<Long> ids = organisations.subtreeIds(site.id());
        PublicDatasets.Filter filter = queries.filter(ids, theme, org, format);
        Page<PublicDatasets.Listed> rows = published.page(ids, filter, Page.clamp(page), PAGE_SIZE);
        model.addAttribute("org", site);
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("themes", DatasetTheme.values());
        model.addAttribute("formats", ResourceFormat.values());
        model.addAttribute("below", organisations.subtree(site.id()));
        model.addAttribute("series", series.of(ids));
        return "opendata/catalog";
    }

    /**
     * A dataset's page. With a tabular resource, the preview of its newest version carries a chart drawn on the
     * server: {@code value} a numeric column (default the first), {@code label} any column (default the first text
     * column), {@code chart} BAR or LINE; a name that is not a column of the table is a 400.
     */
    @GetMapping("/data/{id}")
    String dataset(@PathVariable long id, @RequestParam(required = false) String chart,
                   @RequestParam(required = false) String value, @RequestParam(required = false) String label,
                   HttpServletRequest request, Model model) {
        Dataset d = published.find(id).orElseThrow(() -> new NotFoundException("dataset", id));
        Organisation org = organisations.get(d.organisationId());
        List<PublicDatasets.PublicResource> resources = published.resources(id);
        model.addAttribute("org", org);
        model.addAttribute("dataset", d);
        model.addAttribute("resources", resources);
        model.addAttribute("quality", QualityScore.of(d, resources, clock.instant()));
        model.addAttribute("directory", directoryFields.entries(directory.publicValues(id),
                LocaleContextHolder.getLocale()));
        model.addAttribute("dataItems", DataItems.of(resources));
        List<DataLink> publicLinks = links.published(id);
        model.addAttribute("links", publicLinks);
        resources.stream().filter(r -> r.resource().format().tabular()).findFirst().ifPresent(r -> {
            Table t = tables.read(r.latest(), r.resource().format());
            model.addAttribute("previewResource", r);
            model.addAttribute("preview", new Table(t.headers(), t.rows().stream().limit(PREVIEW_ROWS).toList()));
            model.addAttribute("previewTotal", t.rows().size());
            chart(model, r.latest(), r.resource().keyColumn(), t, chart, value, label);
        });
        PublicSeries.Place place = series.placeOf(id).orElse(null);
        model.addAttribute("place", place);
        model.addAttribute("jsonLd", DcatJsonLd.script(DcatJsonLd.dataset(base(request), d, org, resources, place,
                publicLinks)));
        return "opendata/dataset";
    }

    @GetMapping("/data/{id}/resources/{resourceId}/changes")
    String changes(@PathVariable long id, @PathVariable long resourceId, @RequestParam(required = false) Integer from,
                   @RequestParam(required = false) Integer to, Model model) {
        Dataset d = published.find(id).orElseThrow(() -> new NotFoundException("dataset", id));
        PublicDatasets.PublicResource r = published.resource(id, resourceId)
                .orElseThrow(() -> new NotFoundException("resource", resourceId));
        if (!r.resource().format().tabular()) {
            throw new NotFoundException("table", resourceId);
        }
        List<ResourceVersion> versions = r.versions();
        int newest = versions.get(0).number();
        int toNumber = to == null ? newest : to;
        int fromNumber = from == null ? versions.stream().mapToInt(ResourceVersion::number)
                .filter(n -> n < toNumber).max().orElse(toNumber) : from;
        ResourceVersion a = version(versions, fromNumber, "from");
        ResourceVersion b = version(versions, toNumber, "to");
        model.addAttribute("org", organisations.get(d.organisationId()));
        model.addAttribute("dataset", d);
        model.addAttribute("resource", r);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("diff", TableDiff.compare(tables.read(a, r.resource().format()),
                tables.read(b, r.resource().format()), r.resource().keyColumn()));
        return "opendata/changes";
    }

    /** The chart's columns as chosen, else the first numeric column that is not the key and the first text column. */
    private static void chart(Model model, ResourceVersion v, String keyColumn, Table t, String chart, String value,
                              String label) {
        List<String> numeric = v.columns().stream()
                .filter(c -> c.type() == ColumnType.INTEGER || c.type() == ColumnType.DECIMAL)
                .map(ResourceVersion.Column::name).filter(t.headers()::contains).toList();
        if (numeric.isEmpty()) {
            return;
        }
        String valueColumn = value == null || value.isBlank()
                ? numeric.stream().filter(c -> !c.equals(keyColumn)).findFirst().orElse(numeric.get(0)) : value;
        if (!numeric.contains(valueColumn)) {
            throw InvalidInputException.of("value", "od.chart.error.value");
        }
        String labelColumn = label == null || label.isBlank() ? v.columns().stream()
                .filter(c -> c.type() == ColumnType.TEXT && !c.name().equals(valueColumn) && t.headers().contains(c.name()))
                .map(ResourceVersion.Column::name).findFirst()
                .orElse(t.headers().stream().filter(h -> !h.equals(valueColumn)).findFirst().orElse(valueColumn)) : label;
        if (!t.headers().contains(labelColumn)) {
            throw InvalidInputException.of("label", "od.chart.error.label");
        }
        TableChart.Kind kind = choice(TableChart.Kind.class, chart, "chart");
        model.addAttribute("chart", TableChart.of(t, t.column(labelColumn), t.column(valueColumn),
                kind == null ? TableChart.Kind.BAR : kind, PREVIEW_ROWS));
        model.addAttribute("numericColumns", numeric);
        model.addAttribute("chartKinds", TableChart.Kind.values());
    }

    private static ResourceVersion version(List<ResourceVersion> versions, int number, String field) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "od.error.versionNumber"));
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "od.error." + field);
        }
    }

    static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
