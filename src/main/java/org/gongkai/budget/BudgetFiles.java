package org.gongkai.budget;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Downloads of a published budget or final accounts: {@code budget.json} / {@code final.json} (every table), its
 * Fiscal Data Package descriptor of every table ({@code budget-datapackage.json}), and one
 * XLSX of every table in the upload's layout ({@code budget.xlsx}, ADR 0046), and one
 * CSV per table ({@code budget-summary.csv}, {@code -functional.csv}, {@code -three-public.csv}, {@code -economic.csv},
 * {@code -fund.csv} when published; UTF-8 with a BOM
 * so spreadsheet programs read the Chinese, amounts in 万元). Unpublished ones do not exist here (404).
 */
@Controller
class BudgetFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PublishedBudgets published;
    private final OrganisationDirectory organisations;

    BudgetFiles(PublishedBudgets published, OrganisationDirectory organisations) {
        this.published = published;
        this.organisations = organisations;
    }

    /** A published kind of a site's year (404 when the site, the kind or the publication is not there). */
    private record Found(Organisation org, BudgetKind kind, YearView.Shown shown) {
        String name(String suffix) {
            return org.slug() + "-" + shown.publication().year() + "-" + suffix;
        }
    }

    private Found find(String slug, int year, String kindSlug, Integer version) {
        Organisation org = site(slug);
        BudgetKind kind = BudgetKind.ofSlug(kindSlug);
        YearView.Shown s = kind == null ? null : (version == null ? published.one(org.id(), year, kind)
                : published.version(org.id(), year, kind, version)).orElse(null);
        if (s == null) {
            throw new NotFoundException("budget file", kindSlug);
        }
        return new Found(org, kind, s);
    }

    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}/{file:budget|final}.json")
    ResponseEntity<byte[]> json(@PathVariable String slug, @PathVariable int year, @PathVariable String file) {
        Found f = find(slug, year, file, null);
        YearView.Shown s = f.shown();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("organisation", f.org().name());
        out.put("year", year);
        out.put("kind", f.kind().name());
        out.put("title", s.publication().title());
        out.put("unit", "万元 (10,000 CNY)");
        out.put("approvedOn", s.publication().approvedOn().toString());
        out.put("publishedAt", s.publication().publishedAt().toString());
        out.put("income", items(s.tables().income()));
        out.put("expenditure", items(s.tables().expenditure()));
        out.put("incomeTotal", s.publication().incomeTotal());
        out.put("functional", lines(s.tables().functional(), true));
        out.put("functionalTotal", s.publication().functionalTotal());
        if (s.tables().economic() != null) {
            out.put("economic", lines(s.tables().economic(), false));
            out.put("economicTotal", s.tables().economicTotal());
        }
        if (s.tables().fund() != null) {
            out.put("fund", lines(s.tables().fund(), true));
            out.put("fundTotal", s.tables().fundTotal());
        }
        out.put("threePublic", s.tables().threePublic().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", t.year());
            m.put("total", t.total());
            m.put("abroad", t.abroad());
            m.put("vehiclePurchase", t.vehiclePurchase());
            m.put("vehicleRunning", t.vehicleRunning());
            m.put("reception", t.reception());
            return m;
        }).toList());
        return file(JSON.writeValueAsBytes(out), MediaType.APPLICATION_JSON, f.name(file + ".json"));
    }

    /**
     * The Fiscal Data Package descriptor of a published kind (profile fiscal-data-package, ADR 0051): every table
     * published (收支总表, functional, economic and fund tables when present, 三公经费) as a resource pointing at its
     * CSV; each amount column a measure in CNY × 10,000 naming its resource, with the phase (approved budget or
     * executed final accounts); the classification codes and names, the summary's side and item and the 三公 year
     * as dimensions.
     */
    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}/{kind:[a-z]+}-datapackage.json")
    ResponseEntity<byte[]> dataPackage(@PathVariable String slug, @PathVariable int year, @PathVariable String kind) {
        Found f = find(slug, year, kind, null);
        BudgetKind k = f.kind();
        String phase = k == BudgetKind.BUDGET ? "approved" : "executed";
        List<Map<String, Object>> resources = new ArrayList<>();
        Map<String, Object> measures = new LinkedHashMap<>();
        Map<String, Object> dimensions = new LinkedHashMap<>();
        for (PublishedTable t : PublishedTable.values()) {
            if (!t.in(f.shown().tables())) {
                continue;
            }
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("name", t.slug);
            resource.put("path", k.slug() + "-" + t.slug + ".csv");
            resource.put("format", "csv");
            resource.put("mediatype", "text/csv");
            resource.put("encoding", "utf-8");
            resource.put("profile", "tabular-data-resource");
            resource.put("schema", Map.of("fields", t.columns.stream().map(c -> field(c.name(), c.type())).toList()));
            resources.add(resource);
            for (PublishedTable.Column c : t.columns) {
                if (c.type().equals("number")) {
                    Map<String, Object> measure = new LinkedHashMap<>();
                    measure.put("source", c.name());
                    measure.put("resource", t.slug);
                    measure.put("currency", "CNY");
                    measure.put("factor", 10000);
                    measure.put("phase", phase);
                    if (t != PublishedTable.SUMMARY) {
                        measure.put("direction", "expenditure");
                    }
                    measures.put(t.slug + "-" + c.id(), measure);
                }
            }
            switch (t) {
                case SUMMARY -> {
                    dimensions.put("summary-side", dimension("other", null, t, Map.of("side", attribute("收支", t))));
                    dimensions.put("summary-item", dimension("classification", null, t, Map.of("item", attribute("项目", t))));
                }
                case THREE_PUBLIC -> dimensions.put("three-public-year",
                        dimension("datetime", null, t, Map.of("year", attribute("年度", t))));
                default -> {
                    Map<String, Object> label = new LinkedHashMap<>(attribute("科目名称", t));
                    label.put("labelfor", "code");
                    dimensions.put(t == PublishedTable.FUNCTIONAL ? "functional-classification" : t.slug + "-classification",
                            dimension("classification", t == PublishedTable.ECONOMIC ? "economic" : "functional", t,
                                    Map.of("code", attribute("科目编码", t), "label", label)));
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("profile", "fiscal-data-package");
        out.put("name", f.name(k.slug()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^-a-z0-9._/]", "-"));
        out.put("title", f.shown().publication().title());
        out.put("fiscalPeriod", Map.of("start", year + "-01-01", "end", year + "-12-31"));
        out.put("resources", resources);
        out.put("model", Map.of("measures", measures, "dimensions", dimensions));
        return file(JSON.writeValueAsBytes(out), MediaType.APPLICATION_JSON, f.name(k.slug() + "-datapackage.json"));
    }

    private static Map<String, Object> attribute(String source, PublishedTable t) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("source", source);
        a.put("resource", t.slug);
        return a;
    }

    private static Map<String, Object> dimension(String type, String classification, PublishedTable t,
                                                 Map<String, Object> attributes) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("attributes", attributes);
        d.put("primaryKey", List.copyOf(attributes.keySet()).stream().filter(n -> !n.equals("label")).toList());
        d.put("dimensionType", type);
        if (classification != null) {
            d.put("classificationType", classification);
        }
        return d;
    }

    private static Map<String, String> field(String name, String type) {
        return Map.of("name", name, "type", type);
    }

    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}/{file:[a-z-]+}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable int year, @PathVariable String file) {
        int dash = file.indexOf('-');
        if (dash < 0) {
            throw new NotFoundException("budget file", file);
        }
        Found f = find(slug, year, file.substring(0, dash), null);
        PublishedTable table = PublishedTable.ofSlug(file.substring(dash + 1));
        if (table == null || !table.in(f.shown().tables())) {
            throw new NotFoundException("budget file", file);
        }
        return file(csvBytes(table.csvRows(f.shown().tables())), CSV, f.name(file + ".csv"));
    }

    /** Every table of a published kind as an XLSX in the layout the upload reads (a round trip). */
    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}/{file:budget|final}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String slug, @PathVariable int year, @PathVariable String file) {
        Found f = find(slug, year, file, null);
        return file(BudgetXlsx.of(f.shown().publication(), f.shown().tables()), XLSX, f.name(file + ".xlsx"));
    }

    /** A published version by number, also one that a later amendment replaced (kept for reference). */
    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}/{file:budget|final}-v{n:\\d{1,2}}.xlsx")
    ResponseEntity<byte[]> versionXlsx(@PathVariable String slug, @PathVariable int year, @PathVariable String file,
                                       @PathVariable int n) {
        Found f = find(slug, year, file, n);
        return file(BudgetXlsx.of(f.shown().publication(), f.shown().tables()), XLSX, f.name(file + "-v" + n + ".xlsx"));
    }

    static byte[] csvBytes(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(BudgetFiles::cell).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180 quoting; a text a spreadsheet would evaluate as a formula is prefixed with an apostrophe. */
    static String cell(String v) {
        String t = v == null ? "" : v;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !t.matches("-?[0-9.]+")) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            t = "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }

    private static List<Map<String, Object>> items(List<BudgetWorkbook.Item> items) {
        Function<BudgetWorkbook.Item, Map<String, Object>> f = i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", i.name());
            m.put("amount", i.amount());
            return m;
        };
        return items.stream().map(f).toList();
    }

    private static List<Map<String, Object>> lines(List<BudgetWorkbook.Line> lines, boolean split) {
        return lines.stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", l.code());
            m.put("name", l.name());
            m.put("total", l.total());
            if (split) {
                m.put("basic", l.basic());
                m.put("project", l.project());
            }
            return m;
        }).toList();
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private Organisation site(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
    }
}
