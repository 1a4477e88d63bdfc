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
 * beside each parses to the same graph.
 */
@IntegrationTest
class DcatShaclTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ManageDatasets manage;
    @Autowired UploadResource upload;
    @Autowired OrganisationDirectory organisations;

    @Test
    void theCatalogAndADatasetConformToTheDcatAp3Shapes() throws Exception {
        long org = fixtures.organisation("开放数据形状局");
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        StaffUser publisher = fixtures.staff(org, Role.PUBLISHER);
        long id = manage.create(editor, OpenDataTest.form("形状校验"));
        UploadResource.Uploaded u = upload.addResource(editor, id, "表", "学校代码", "t.csv", OpenDataTest.utf8(OpenDataTest.V1));
        manage.publish(publisher, id);
        upload.addVersion(editor, id, u.resourceId(), null, "t.csv", OpenDataTest.utf8(OpenDataTest.V2));
        manage.publish(publisher, id);
        Shapes shapes = Shapes.parse(shapes("dcat-ap-3.0.0-SHACL.ttl").getGraph());

        for (String url : new String[] {"/api/v1/public/opendata/" + organisations.get(org).slug() + "/catalog",
                "/api/v1/public/opendata/datasets/" + id}) {
            String json = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Model data = ModelFactory.createDefaultModel();
            RDFParser.fromString(json, Lang.JSONLD).parse(data);
            assertThat(data.size()).as(url).isGreaterThan(20);
            ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
            assertThat(report.conforms()).as(url + "\n" + text(report)).isTrue();

            // the Turtle beside it says exactly the same: it parses, and its graph is the JSON-LD's
            String ttlUrl = url + ".ttl";
            var ttlResponse = mvc.perform(get(ttlUrl)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(ttlResponse.getContentType()).startsWith("text/turtle");
            Model turtle = ModelFactory.createDefaultModel();
            RDFParser.fromString(ttlResponse.getContentAsString(StandardCharsets.UTF_8), Lang.TURTLE).parse(turtle);
            assertThat(turtle.isIsomorphicWith(data)).as(ttlUrl + "\n" + ttlResponse.getContentAsString(StandardCharsets.UTF_8)).isTrue();
            assertThat(ShaclValidator.get().validate(shapes, turtle.getGraph()).conforms()).as(ttlUrl).isTrue();
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
