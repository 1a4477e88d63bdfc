package org.gongkai.opendata;

import org.gongkai.identity.Organisation;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * DCAT-AP 3 metadata as JSON-LD: a dcat:Catalog with its datasets, and each dcat:Dataset with its distributions
 * (one per published version, the newest first; every version stays a distribution of its own because each stays
 * downloadable). Only published datasets and versions are ever passed in. The text is safe inside a
 * {@code <script type="application/ld+json">}: {@code <} is written as {@code \u003c}.
 */
final class DcatJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final Map<String, Object> CONTEXT = context();

    private DcatJsonLd() {
    }

    private static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("dcat", "http://www.w3.org/ns/dcat#");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("foaf", "http://xmlns.com/foaf/0.1/");
        c.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        c.put("adms", "http://www.w3.org/ns/adms#");
        c.put("skos", "http://www.w3.org/2004/02/skos/core#");
        c.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        return c;
    }

    /**
     * The catalog of a site: its datasets (each with its own organisation as publisher) and its public series, which
     * DCAT-AP lists as datasets too; {@code places} says where each dataset stands in its series.
     */
    static Map<String, Object> catalog(String base, Organisation org, List<Dataset> datasets,
                                       Map<Long, List<PublicDatasets.PublicResource>> resources,
                                       LongFunction<Organisation> organisations,
                                       Map<Long, PublicSeries.Place> places, List<Series> series,
                                       LongFunction<List<DataLink>> links) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@context", CONTEXT);
        c.put("@id", base + "/o/" + org.slug() + "/data");
        c.put("@type", "dcat:Catalog");
        c.put("dct:title", lang(org.name() + " 开放数据目录"));
        c.put("dct:description", lang(org.name() + " 发布的开放数据集"));
        c.put("dct:publisher", agent(base, org));
        c.put("foaf:homepage", ref(base + "/o/" + org.slug(), "foaf:Document"));
        List<Object> ds = new ArrayList<>();
        for (Dataset d : datasets) {
            Map<String, Object> m = dataset(base, d, organisations.apply(d.organisationId()),
                    resources.getOrDefault(d.id(), List.of()), places.get(d.id()), links.apply(d.id()));
            m.remove("@context");
            ds.add(m);
        }
        for (Series s : series) {
            ds.add(seriesNode(base, s, organisations.apply(s.organisationId())));
        }
        c.put("dcat:dataset", ds);
        return c;
    }

    /**
     * A series with its public members (the latest first, as {@link PublicSeries#members} gives them): dcat:first
     * and dcat:last name the earliest and the latest period, each member says dcat:inSeries with its dcat:prev and
     * dcat:next.
     */
    static Map<String, Object> series(String base, Series s, Organisation org, List<Dataset> latestFirst,
                                      Map<Long, List<PublicDatasets.PublicResource>> resources,
                                      LongFunction<List<DataLink>> links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.putAll(seriesNode(base, s, org));
        if (!latestFirst.isEmpty()) {
            m.put("dcat:first", Map.of("@id", base + "/data/" + latestFirst.get(latestFirst.size() - 1).id()));
            m.put("dcat:last", Map.of("@id", base + "/data/" + latestFirst.get(0).id()));
        }
        Map<Long, PublicSeries.Place> places = PublicSeries.places(s, latestFirst);
        List<Object> members = new ArrayList<>();
        for (Dataset d : latestFirst) {
            Map<String, Object> x = dataset(base, d, org, resources.getOrDefault(d.id(), List.of()), places.get(d.id()),
                    links.apply(d.id()));
            x.remove("@context");
            members.add(x);
        }
        m.put("dcat:seriesMember", members);
        return m;
    }

    /**
     * The series itself. It is typed dcat:Dataset as well as dcat:DatasetSeries (its superclass in DCAT 3): the
     * shapes check the class of a catalog's dcat:dataset in the data, without inference.
     */
    static Map<String, Object> seriesNode(String base, Series s, Organisation org) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@id", base + "/data/series/" + s.id());
        m.put("@type", List.of("dcat:DatasetSeries", "dcat:Dataset"));
        m.put("dct:title", lang(s.title()));
        m.put("dct:description", lang(s.description()));
        m.put("dct:publisher", agent(base, org));
        m.put("dct:accrualPeriodicity", ref(s.frequency().uri(), "dct:Frequency"));
        if (s.publishedAt() != null) {
            m.put("dct:issued", typed(s.publishedAt().toString(), "xsd:dateTime"));
        }
        m.put("dct:modified", typed(s.updatedAt().toString(), "xsd:dateTime"));
        return m;
    }

    static Map<String, Object> dataset(String base, Dataset d, Organisation org,
                                       List<PublicDatasets.PublicResource> resources) {
        return dataset(base, d, org, resources, null, List.of());
    }

    /**
     * A dataset; {@code place}: where it stands in its public series (null: in none); {@code links}: its public link
     * resources, each a distribution with only an access URL (the address is elsewhere, nothing to download here).
     */
    static Map<String, Object> dataset(String base, Dataset d, Organisation org,
                                       List<PublicDatasets.PublicResource> resources, PublicSeries.Place place,
                                       List<DataLink> links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("@id", base + "/data/" + d.id());
        m.put("@type", "dcat:Dataset");
        m.put("dct:identifier", base + "/data/" + d.id());
        m.put("dct:title", lang(d.title()));
        m.put("dct:description", lang(d.description()));
        m.put("dct:publisher", agent(base, org));
        Map<String, Object> theme = new LinkedHashMap<>(ref(d.theme().uri(), "skos:Concept"));
        theme.put("skos:prefLabel", Map.of("@value", d.theme().euLabel(), "@language", "en"));
        m.put("dcat:theme", theme);
        m.put("dct:accrualPeriodicity", ref(d.frequency().uri(), "dct:Frequency"));
        if (!d.keywordList().isEmpty()) {
            m.put("dcat:keyword", d.keywordList().stream().map(DcatJsonLd::lang).toList());
        }
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("@type", "vcard:Kind");
        contact.put("vcard:fn", d.publisher());
        if (d.contactEmail() != null) {
            contact.put("vcard:hasEmail", Map.of("@id", "mailto:" + d.contactEmail()));
        }
        if (d.contactPhone() != null) {
            contact.put("vcard:hasTelephone", Map.of("@id", "tel:" + d.contactPhone().replaceAll("[^0-9+]", "")));
        }
        m.put("dcat:contactPoint", contact);
        if (d.temporalStart() != null || d.temporalEnd() != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("@type", "dct:PeriodOfTime");
            if (d.temporalStart() != null) {
                t.put("dcat:startDate", typed(d.temporalStart().toString(), "xsd:date"));
            }
            if (d.temporalEnd() != null) {
                t.put("dcat:endDate", typed(d.temporalEnd().toString(), "xsd:date"));
            }
            m.put("dct:temporal", t);
        }
        if (d.spatial() != null) {
            m.put("dct:spatial", Map.of("@type", "dct:Location", "dct:title", lang(d.spatial())));
        }
        if (d.legalBasis() != null) {
            m.put("dct:conformsTo", Map.of("@type", "dct:Standard", "dct:title", lang(d.legalBasis())));
        }
        if (d.publishedAt() != null) {
            m.put("dct:issued", typed(d.publishedAt().toString(), "xsd:dateTime"));
        }
        m.put("dct:modified", typed(d.updatedAt().toString(), "xsd:dateTime"));
        m.put("dcat:landingPage", ref(base + "/data/" + d.id(), "foaf:Document"));
        if (place != null) {
            m.put("dcat:inSeries", seriesNode(base, place.series(), org));
            if (place.previous() != null) {
                m.put("dcat:prev", Map.of("@id", base + "/data/" + place.previous().id()));
            }
            if (place.next() != null) {
                m.put("dcat:next", Map.of("@id", base + "/data/" + place.next().id()));
            }
        }
        List<Object> distributions = new ArrayList<>();
        for (PublicDatasets.PublicResource r : resources) {
            for (ResourceVersion v : r.versions()) {
                String url = base + OpenDataFiles.path(d.id(), r.resource().id(), v.number());
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("@id", url + "#distribution");
                x.put("@type", "dcat:Distribution");
                x.put("dct:title", lang(r.resource().title() + " (v" + v.number() + ")"));
                x.put("dcat:accessURL", ref(base + "/data/" + d.id(), "rdfs:Resource"));
                x.put("dcat:downloadURL", ref(url, "rdfs:Resource"));
                x.put("dct:format", ref(r.resource().format().uri(), "dct:MediaTypeOrExtent"));
                x.put("dcat:mediaType", ref("http://www.iana.org/assignments/media-types/"
                        + r.resource().format().mediaType(), "dct:MediaType"));
                x.put("dct:license", ref(d.licence().uri(), "dct:LicenseDocument"));
                x.put("dcat:byteSize", typed(String.valueOf(v.sizeBytes()), "xsd:nonNegativeInteger"));
                x.put("dct:issued", typed(v.publishedAt().toString(), "xsd:dateTime"));
                x.put("adms:version", v.number());
                distributions.add(x);
            }
        }
        for (DataLink l : links) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("@id", base + "/data/" + d.id() + "#link-" + l.id());
            x.put("@type", "dcat:Distribution");
            x.put("dct:title", lang(l.title()));
            x.put("dcat:accessURL", ref(l.url(), "rdfs:Resource"));
            x.put("dct:license", ref(d.licence().uri(), "dct:LicenseDocument"));
            if (l.publishedAt() != null) {
                x.put("dct:issued", typed(l.publishedAt().toString(), "xsd:dateTime"));
            }
            distributions.add(x);
        }
        m.put("dcat:distribution", distributions);
        return m;
    }

    static String script(Map<String, Object> jsonLd) {
        return JSON.writeValueAsString(jsonLd).replace("<", "\\u003c");
    }

    private static Map<String, Object> agent(String base, Organisation org) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("@id", base + "/o/" + org.slug());
        a.put("@type", "foaf:Agent");
        a.put("foaf:name", lang(org.name()));
        return a;
    }

    /**
     * A reference to a resource, with the class DCAT-AP gives the property's range: the SHACL shapes check the class
     * in the data itself, and vocabulary entries (themes, frequencies, file types, licences) carry no type of their own.
     */
    private static Map<String, Object> ref(String iri, String type) {
        return Map.of("@id", iri, "@type", type);
    }

    /**
     * Text in Chinese. Characters XML 1.0 cannot carry (control characters other than tab and line breaks) become
     * U+FFFD here, so the JSON-LD, Turtle and RDF/XML still say exactly the same.
     */
    private static Map<String, Object> lang(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(
                (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF ? 0xFFFD : c));
        return Map.of("@value", sb.toString(), "@language", "zh");
    }

    private static Map<String, Object> typed(String value, String type) {
        return Map.of("@value", value, "@type", type);
    }
}
