package org.gongkai.opendata;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A site's resource catalogue (政务信息资源目录) for download as CSV and XLSX: one row per published dataset of the
 * site's organisations with its name, summary, provider, the configured catalogue fields (ADR 0047, not verified),
 * its data items, formats, update frequency, publication date and address. Published datasets only.
 */
@Controller
class OpenDataDirectoryFiles {

    static final int MAX_ROWS = 10_000;
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PublicDatasets published;
    private final OrganisationDirectory organisations;
    private final CatalogQueries queries;
    private final DirectoryFields fields;
    private final DirectoryStore directory;
    private final MessageSource messages;

    OpenDataDirectoryFiles(PublicDatasets published, OrganisationDirectory organisations, CatalogQueries queries,
                           DirectoryFields fields, DirectoryStore directory, MessageSource messages) {
        this.published = published;
        this.organisations = organisations;
        this.queries = queries;
        this.fields = fields;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/o/{slug}/data/directory.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, HttpServletRequest request) {
        DirectoryExport e = export(slug, request);
        return file(e.csv(), MediaType.parseMediaType("text/csv;charset=UTF-8"), slug + "-directory.csv");
    }

    @GetMapping("/o/{slug}/data/directory.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String slug, HttpServletRequest request) {
        Locale l = LocaleContextHolder.getLocale();
        DirectoryExport e = export(slug, request);
        return file(e.xlsx(text("od.dir.sheet", l), text("od.dir.noteSheet", l)), XLSX, slug + "-directory.xlsx");
    }

    private DirectoryExport export(String slug, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        Organisation site = queries.site(slug);
        List<Dataset> datasets = published.newest(organisations.subtreeIds(site.id()), MAX_ROWS);
        Map<Long, Map<String, String>> values = directory.publicValues(datasets.stream().map(Dataset::id).toList());
        Map<Long, String> names = new HashMap<>();
        String base = OpenDataPages.base(request);
        List<String> header = new ArrayList<>(List.of(text("od.dir.col.id", locale), text("od.dir.col.title", locale),
                text("od.dir.col.summary", locale), text("od.dir.col.provider", locale)));
        fields.all().forEach(f -> header.add(f.label(locale)));
        header.addAll(List.of(text("od.dir.col.items", locale), text("od.dir.col.formats", locale),
                text("od.dir.col.frequency", locale), text("od.dir.col.published", locale),
                text("od.dir.col.url", locale)));
        List<List<String>> rows = new ArrayList<>();
        for (Dataset d : datasets) {
            Map<String, String> stored = values.getOrDefault(d.id(), Map.of());
            List<PublicDatasets.PublicResource> resources = published.resources(d.id());
            List<String> row = new ArrayList<>(List.of(String.valueOf(d.id()), d.title(), d.description(),
                    names.computeIfAbsent(d.organisationId(), id -> organisations.get(id).name())));
            fields.all().forEach(f -> row.add(stored.containsKey(f.code())
                    ? f.display(stored.get(f.code()), locale) : ""));
            row.add(DataItems.line(DataItems.of(resources), t -> text(t.labelKey(), locale)));
            row.add(String.join(",", resources.stream().map(r -> r.resource().format().name()).distinct().toList()));
            row.add(text(d.frequency().labelKey(), locale));
            row.add(d.publishedAt() == null ? "" : d.publishedAt().atZone(org.gongkai.platform.Zones.CHINA)
                    .toLocalDate().toString());
            row.add(base + "/data/" + d.id());
            rows.add(row);
        }
        return new DirectoryExport(header, rows, text("od.dir.unverified", locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .body(body);
    }
}
