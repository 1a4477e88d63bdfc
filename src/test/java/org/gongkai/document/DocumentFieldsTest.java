package org.gongkai.document;

import org.gongkai.platform.web.FieldErrors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** ADR 0021: what the registry of document fields promises, checked over every field (a new one included). */
class DocumentFieldsTest {

    @Test
    void whatThePageShowsIsExactlyWhatTheCanonicalFormSigns() {
        int current = DocumentFields.all().stream().mapToInt(DocumentField::canonicalSince).max().orElseThrow();
        assertThat(DocumentFields.shown()).as("shown on the public page or its JSON-LD ⇔ in the signed form")
                .containsExactlyInAnyOrderElementsOf(DocumentFields.canonical(current));
        for (DocumentField f : DocumentFields.shown()) {
            assertThat(f.published()).as("%s is shown, so the public view must carry it", f).isTrue();
        }
    }

    @Test
    void canonicalPlacesAreFixedAndEachFormatOnlyAdds() {
        List<Integer> places = DocumentFields.canonical(2).stream().map(DocumentField::canonicalPosition).toList();
        assertThat(places).containsExactlyElementsOf(IntStream.rangeClosed(1, places.size()).boxed().toList());
        assertThat(DocumentFields.canonical(2)).containsAll(DocumentFields.canonical(1));
        assertThat(DocumentFields.canonical(1)).extracting(DocumentField::member).containsExactly("title",
                "documentNumber", "issuer", "writtenDate", "publishDate", "theme", "opennessClass", "validity",
                "keywords");
    }

    @Test
    void everyFieldHasAFormComponentALabelInBothLanguagesAndAColumn() throws IOException {
        List<String> formComponents = Arrays.stream(DocumentForm.class.getRecordComponents()).map(c -> c.getName())
                .toList();
        Properties zh = bundle("i18n/document.properties");
        Properties en = bundle("i18n/document_en.properties");
        for (DocumentField f : DocumentFields.all()) {
            assertThat(formComponents).as("the form has %s", f).contains(f.param());
            assertThat(zh.getProperty(f.labelKey())).as("zh-CN label of %s", f).isNotBlank();
            assertThat(en.getProperty(f.labelKey())).as("English label of %s", f).isNotBlank();
            assertThat(f.column()).matches("[a-z_]+");
            if (f.screened()) {
                assertThat(f.type()).as("the screening reads text only").isEqualTo(DocumentField.Type.TEXT);
            }
        }
    }

    @Test
    void theFormCarriesEveryFieldBothWays() {
        DocumentContent content = FieldSamples.everyField();
        assertThat(DocumentForm.of(content, 3).toContent()).isEqualTo(content);
        for (DocumentField f : DocumentFields.all()) {
            assertThat(f.parse(f.formText(content), new FieldErrors())).as("%s parses what it writes", f)
                    .isEqualTo(f.value(content));
        }
    }

    @Test
    void theDiffListsEveryField() {
        DocumentContent a = FieldSamples.everyField();
        Revision left = new Revision(1, 1, DocumentContent.builder().title("甲").build(), "", List.of(), 1, null);
        Revision right = new Revision(2, 1, a, "", List.of(), 1, null);
        assertThat(EditionDiff.compare(left, right).fields()).extracting(EditionDiff.Field::labelKey)
                .containsExactlyElementsOf(DocumentFields.all().stream().map(DocumentField::labelKey).toList());
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DocumentFieldsTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
