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

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Downloads of a published budget or final accounts: {@code budget.json} / {@code final.json} (every table), its
 * Fiscal Data Package descriptor ({@code budget-datapackage.json}), and one
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

    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}/{file:budget|final}.json")
    ResponseEntity<byte[]> json(@PathVariable String slug, @PathVariable int year, @PathVariable String file) {
        Organisation org = site(slug);
        BudgetKind kind = BudgetKind.ofSlug(file);
        YearView.Shown s = kind == null ? null : published.one(org.id(), year, kind).orElse(null);
        if (s == null) {
            throw new NotFoundException("budget file", file);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("organisation", org.name());
        out.put("year", year);
        out.put("kind", kind.name());
        out.put("title", s.publication().title());
        out.put("unit", "万元 (10,000 CNY)");
        out.put("approvedOn", s.publication().approvedOn().toString());
        out.put("publishedAt", s.publication().publishedAt().toString());
        out.put("income", items(s.tables().income()));
        out.put("expenditure", items(s.tables().expenditure()));
        out.put("incomeTotal", s.publication().incomeTotal());
        out.put("functional", s.tables().functional().stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", l.code());
            m.put("name", l.name());
            m.put("total", l.total());
            m.put("basic", l.basic());
            m.put("project", l.project());
            return m;
        }).toList());
        out.put("functionalTotal", s.publication().functionalTotal());
        if (s.tables().economic() != null) {
            out.put("economic", s.tables().economic().stream().map(l -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", l.code());
                m.put("name", l.name());
                m.put("total", l.total());
                return m;
            }).toList());
            out.put("economicTotal", s.tables().economicTotal());
        }
        if (s.tables().fund() != null) {
            out.put("fund", s.tables().fund().stream().map(l -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", l.code());
                m.put("name", l.name());
                m.put("total", l.total());
                m.put("basic", l.basic());
                m.put("project", l.project());
                return m;
            }).toList());
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
        return file(JSON.writeValueAsBytes(out), MediaType.APPLICATION_JSON, org.slug() + "-" + year + "-" + file + ".json");
    }

    /**
     * The Fiscal Data Package descriptor of a published kind (profile fiscal-data-package): its functional table as
     * the resource, the 合计 column as the measure in CNY × 10,000, the code and name as the functional
     * classification dimension.
     */
    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}/{kind:[a-z]+}-datapackage.json")
    ResponseEntity<byte[]> dataPackage(@PathVariable String slug, @PathVariable int year, @PathVariable String kind) {
        Organisation org = site(slug);
        BudgetKind k = BudgetKind.ofSlug(kind);
        YearView.Shown s = k == null ? null : published.one(org.id(), year, k).orElse(null);
        if (s == null) {
            throw new NotFoundException("budget file", kind);
        }
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", "functional");
        resource.put("path", k.slug() + "-functional.csv");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("profile", "tabular-data-resource");
        resource.put("schema", Map.of("fields", List.of(
                field("科目编码", "string"), field("科目名称", "string"), field("合计（万元）", "number"),
                field("基本支出（万元）", "number"), field("项目支出（万元）", "number"))));
        Map<String, Object> measure = new LinkedHashMap<>();
        measure.put("source", "合计（万元）");
        measure.put("currency", "CNY");
        measure.put("factor", 10000);
        Map<String, Object> dimension = new LinkedHashMap<>();
        dimension.put("attributes", Map.of("code", Map.of("source", "科目编码"),
                "label", Map.of("source", "科目名称", "labelfor", "code")));
        dimension.put("primaryKey", List.of("code"));
        dimension.put("dimensionType", "classification");
        dimension.put("classificationType", "functional");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("profile", "fiscal-data-package");
        out.put("name", (org.slug() + "-" + year + "-" + k.slug()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^-a-z0-9._/]", "-"));
        out.put("title", s.publication().title());
        out.put("fiscalPeriod", Map.of("start", year + "-01-01", "end", year + "-12-31"));
        out.put("resources", List.of(resource));
        out.put("model", Map.of("measures", Map.of("amount", measure),
                "dimensions", Map.of("functional-classification", dimension)));
        return file(JSON.writeValueAsBytes(out), MediaType.APPLICATION_JSON,
                org.slug() + "-" + year + "-" + k.slug() + "-datapackage.json");
    }

    private static Map<String, String> field(String name, String type) {
        return Map.of("name", name, "type", type);
    }

    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}/{file:[a-z-]+}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable int year, @PathVariable String file) {
        Organisation org = site(slug);
        int dash = file.indexOf('-');
        BudgetKind kind = dash < 0 ? null : BudgetKind.ofSlug(file.substring(0, dash));
        String table = dash < 0 ? "" : file.substring(dash + 1);
        YearView.Shown s = kind == null ? null : published.one(org.id(), year, kind).orElse(null);
        if (s == null || !List.of("summary", "functional", "three-public", "economic", "fund").contains(table)
                || (table.equals("economic") && s.tables().economic() == null)
                || (table.equals("fund") && s.tables().fund() == null)) {
            throw new NotFoundException("budget file", file);
        }
        List<List<String>> rows = new ArrayList<>();
        switch (table) {
            case "summary" -> {
                rows.add(List.of("收支", "项目", "金额（万元）"));
                s.tables().income().forEach(i -> rows.add(List.of("收入", i.name(), plain(i.amount()))));
                s.tables().expenditure().forEach(i -> rows.add(List.of("支出", i.name(), plain(i.amount()))));
            }
            case "functional" -> {
                rows.add(List.of("科目编码", "科目名称", "合计（万元）", "基本支出（万元）", "项目支出（万元）"));
                s.tables().functional().forEach(l -> rows.add(List.of(l.code(), l.name(), plain(l.total()),
                        plain(l.basic()), plain(l.project()))));
            }
            case "economic" -> {
                rows.add(List.of("科目编码", "科目名称", "合计（万元）"));
                s.tables().economic().forEach(l -> rows.add(List.of(l.code(), l.name(), plain(l.total()))));
            }
            case "fund" -> {
                rows.add(List.of("科目编码", "科目名称", "合计（万元）", "基本支出（万元）", "项目支出（万元）"));
                s.tables().fund().forEach(l -> rows.add(List.of(l.code(), l.name(), plain(l.total()),
                        plain(l.basic()), plain(l.project()))));
            }
            default -> {
                rows.add(List.of("年度", "合计（万元）", "因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费"));
                s.tables().threePublic().forEach(t -> rows.add(List.of(t.year(), plain(t.total()), plain(t.abroad()),
                        plain(t.vehiclePurchase()), plain(t.vehicleRunning()), plain(t.reception()))));
            }
        }
        return file(csvBytes(rows), CSV, org.slug() + "-" + year + "-" + file + ".csv");
    }

    /** Every table of a published kind as an XLSX in the layout the upload reads (a round trip). */
    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}/{file:budget|final}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String slug, @PathVariable int year, @PathVariable String file) {
        Organisation org = site(slug);
        BudgetKind kind = BudgetKind.ofSlug(file);
        YearView.Shown s = kind == null ? null : published.one(org.id(), year, kind).orElse(null);
        if (s == null) {
            throw new NotFoundException("budget file", file);
        }
        return file(BudgetXlsx.of(s.publication(), s.tables()), XLSX, org.slug() + "-" + year + "-" + file + ".xlsx");
    }

    /** A published version by number, also one that a later amendment replaced (kept for reference). */
    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}/{file:budget|final}-v{n:\\d{1,2}}.xlsx")
    ResponseEntity<byte[]> versionXlsx(@PathVariable String slug, @PathVariable int year, @PathVariable String file,
                                       @PathVariable int n) {
        Organisation org = site(slug);
        BudgetKind kind = BudgetKind.ofSlug(file);
        YearView.Shown s = kind == null ? null : published.version(org.id(), year, kind, n).orElse(null);
        if (s == null) {
            throw new NotFoundException("budget file", file);
        }
        return file(BudgetXlsx.of(s.publication(), s.tables()), XLSX,
                org.slug() + "-" + year + "-" + file + "-v" + n + ".xlsx");
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

    private static String plain(BigDecimal v) {
        return v.toPlainString();
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
