package org.gongkai.opendata;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The DCAT-AP 3 JSON-LD of a catalog and of a dataset conforms to the DCAT-AP 3.0.0 SHACL shapes (the SEMIC
 * release's shapes with their ranges, copied into the test resources), validated with Apache Jena SHACL; the Turtle
 * and the RDF/XML beside each parse to the same graph. A series of two datasets puts dcat:DatasetSeries, dcat:inSeries,
 * first/last and prev/next into the catalog, the dataset and the series' own metadata.
 */
@IntegrationTest
class DcatShaclTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageDatasets manage;
    @Autowired UploadResource upload;
    @Autowired OrganisationDirectory organisations;
    @Autowired ManageSeries series;
    @Autowired ManageLinks links;

    @Test
    void theCatalogAndADatasetConformToTheDcatAp3Shapes() throws Exception {
        long org = fixtures.organisation("开放数据形状局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        long id = manage.create(editor, OpenDataTest.form("形状校验"));
        UploadResource.Uploaded u = upload.addResource(editor, id, "表", "学校代码", "t.csv", OpenDataTest.utf8(OpenDataTest.V1));
        manage.publish(publisher, id);
        upload.addVersion(editor, id, u.resourceId(), null, "t.csv", OpenDataTest.utf8(OpenDataTest.V2));
        // a link resource: a distribution with only an access URL, in all three syntaxes
        links.add(editor, id, "数据接口", "https://data.example.cn/api/学校?x=1&y=2");
        manage.publish(publisher, id);
        // a series of two published members, so dcat:inSeries, first/last and prev/next are in the graphs
        long earlier = manage.create(editor, SeriesTest.yearly("形状校验 2024", 2024));
        upload.addResource(editor, earlier, "表", null, "t.csv", OpenDataTest.utf8(OpenDataTest.V1));
        manage.publish(publisher, earlier);
        long seriesId = series.create(editor, new SeriesForm("形状校验系列", "历年形状校验。", "ANNUAL", null));
        series.attach(editor, seriesId, earlier);
        series.attach(editor, seriesId, id);
        series.publish(publisher, seriesId);
        Shapes shapes = Shapes.parse(shapes("dcat-ap-3.0.0-SHACL.ttl").getGraph());

        for (String url : new String[] {"/api/v1/public/opendata/" + organisations.get(org).slug() + "/catalog",
                "/api/v1/public/opendata/datasets/" + id, "/api/v1/public/opendata/series/" + seriesId}) {
            String json = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Model data = ModelFactory.createDefaultModel();
            RDFParser.fromString(json, Lang.JSONLD).parse(data);
            assertThat(data.size()).as(url).isGreaterThan(20);
            ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
            assertThat(json).as(url).contains("dcat:inSeries").contains("dcat:DatasetSeries")
                    .contains("https://data.example.cn/api/学校?x=1&y=2");
            assertThat(report.conforms()).as(url + "\n" + text(report)).isTrue();

            // the Turtle beside it says exactly the same: it parses, and its graph is the JSON-LD's
            String ttlUrl = url + ".ttl";
            var ttlResponse = mvc.perform(get(ttlUrl)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(ttlResponse.getContentType()).startsWith("text/turtle");
            Model turtle = ModelFactory.createDefaultModel();
            RDFParser.fromString(ttlResponse.getContentAsString(StandardCharsets.UTF_8), Lang.TURTLE).parse(turtle);
            assertThat(turtle.isIsomorphicWith(data)).as(ttlUrl + "\n" + ttlResponse.getContentAsString(StandardCharsets.UTF_8)).isTrue();
            assertThat(ShaclValidator.get().validate(shapes, turtle.getGraph()).conforms()).as(ttlUrl).isTrue();

            // and so does the RDF/XML: parsed back, the same graph
            String rdfUrl = url + ".rdf";
            var rdfResponse = mvc.perform(get(rdfUrl)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(rdfResponse.getContentType()).startsWith("application/rdf+xml");
            String xml = rdfResponse.getContentAsString(StandardCharsets.UTF_8);
            Model rdfXml = ModelFactory.createDefaultModel();
            RDFParser.fromString(xml, Lang.RDFXML).parse(rdfXml);
            assertThat(rdfXml.isIsomorphicWith(data)).as(rdfUrl + "\n" + xml).isTrue();
        }
    }

    private static Model shapes(String... resources) {
        Model m = ModelFactory.createDefaultModel();
        for (String r : resources) {
            RDFParser.source(DcatShaclTest.class.getResource("/opendata/" + r).toString()).lang(Lang.TURTLE).parse(m);
        }
        return m;
    }

    private static String text(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(new PrintStream(out, true, StandardCharsets.UTF_8), report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
