package org.gongkai.opendata;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A workbook is published as uploaded but only its first sheet is checked and screened: so one with another sheet
 * (hidden or not) is refused with a readable reason, and a single-sheet workbook is read as before.
 */
class XlsxScreeningTest {

    @Test
    void aWorkbookWithMoreThanTheCheckedSheetIsRefused() throws IOException {
        byte[] two = workbook(true);
        UploadRefused refused = catchThrowableOfType(UploadRefused.class, () -> XlsxReader.read(two));
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(Problem::key).containsExactly("od.check.xlsxSheets");
        assertThat(refused.problems().get(0).args()).containsExactly("2");

        List<CsvReader.Record> records = XlsxReader.read(workbook(false));
        assertThat(records).hasSize(2);
        assertThat(records.get(1).fields()).containsExactly("一中", "1200");
    }

    private static byte[] workbook(boolean hiddenSecondSheet) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("学校");
            s.createRow(0).createCell(0).setCellValue("学校名称");
            s.getRow(0).createCell(1).setCellValue("在校生数");
            s.createRow(1).createCell(0).setCellValue("一中");
            s.getRow(1).createCell(1).setCellValue(1200);
            if (hiddenSecondSheet) {
                wb.createSheet("内部").createRow(0).createCell(0).setCellValue("身份证号 110101199003071234");
                wb.setSheetHidden(1, true);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
