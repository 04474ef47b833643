package org.budgetperf.excel.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

/** The streamed .xlsx reader and the .xls object-model reader see the same cells. */
class WorkbookOpenerTest {

    private static final WorkbookOpener OPENER =
            new WorkbookOpener(new ExcelLimits(null, 6, null, null, null, null, null, null));

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void readsTextNumbersFormulaResultsDatesAndMergedRegionsAlike(String format) throws IOException {
        List<SheetGrid> sheets = OPENER.open(workbook(format, 3));

        assertThat(sheets).extracting(SheetGrid::name).containsExactly("填报", "空表");
        SheetGrid grid = sheets.get(0);
        assertThat(grid.cell(0, 0).text()).isEqualTo("资金总额");
        assertThat(grid.cell(0, 1).text()).as("shown in its 0.00 format").isEqualTo("50.00");
        assertThat(grid.cell(0, 1).number()).isEqualByComparingTo("50");
        assertThat(grid.cell(0, 2).text()).as("a formula's cached result").isEqualTo("100");
        assertThat(grid.cell(0, 2).number()).isEqualByComparingTo("100");
        assertThat(grid.cell(0, 3).text()).isEqualTo("万元");
        assertThat(grid.cell(0, 3).number()).isNull();
        assertThat(grid.cell(0, 4).text()).isEqualTo("TRUE");
        assertThat(grid.cell(0, 5).text()).isEqualTo("2024-03-01");
        assertThat(grid.cell(0, 5).number()).as("a date is not an amount").isNull();
        assertThat(grid.cell(0, 6).number()).as("binary-float artefact dropped").isEqualByComparingTo("1176.73");
        assertThat(grid.cell(1, 0).isBlank()).isTrue();
        assertThat(grid.cell(2, 0).text()).isEqualTo("产出指标");
        assertThat(grid.cell(3, 1).text()).as("every cell of a merged region").isEqualTo("产出指标");
        assertThat(grid.cell(3, 1).sameRegionAs(grid.cell(2, 0))).isTrue();
        assertThat(grid.cell(2, 2).text()).isEqualTo("培训人数");
        assertThat(grid.rowCount()).as("six rows: exactly the limit").isEqualTo(13);
        assertThat(sheets.get(1).rowCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void refusesAWorkbookWithMoreRowsThanTheLimit(String format) throws IOException {
        byte[] tooLong = workbook(format, 4);

        WorkbookRejected refused = catchThrowableOfType(WorkbookRejected.class, () -> OPENER.open(tooLong));

        assertThat(refused.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getMessage()).isEqualTo("工作簿超过 6 行的上限（到工作表“填报”为止已有 7 行），请分批导入");
    }

    @Test
    void refusesACellFarFromTheTableNamingSheetAndCellInsteadOfSpanningTheSheet() throws IOException {
        byte[] far = oneFarCell(new XSSFWorkbook(), 1_048_575, 16_383);
        assertThat(far.length).isLessThan(10_000);

        WorkbookRejected refused = catchThrowableOfType(WorkbookRejected.class, () -> OPENER.open(far));

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getMessage()).isEqualTo(
                "工作表“填报”的单元格 XFD1048576 超出可读取的范围（第 100000 行、第 IV 列以内），请删除表格以外的内容后再上传");
    }

    @Test
    void anXlsCellAtTheFormatsLastRowAndColumnIsHeldSparsely() throws IOException {
        HSSFWorkbook xls = new HSSFWorkbook();
        xls.createSheet("填报").addMergedRegion(new CellRangeAddress(1, 65_535, 0, 254));
        byte[] far = oneFarCell(xls, 65_535, 255);

        SheetGrid grid = OPENER.open(far).get(0);

        assertThat(grid.rowCount()).isEqualTo(65_536);
        assertThat(grid.cell(65_535, 255).text()).isEqualTo("x");
        assertThat(grid.isBlankRow(30_000)).isTrue();
        assertThat(grid.distinctCells(65_535)).extracting(SheetGrid.Located::text).containsExactly("x");
    }

    @Test
    void mergedRegionsCountOncePerRowTowardsTheCellLimit() throws IOException {
        HSSFWorkbook xls = new HSSFWorkbook();
        xls.createSheet("填报").addMergedRegion(new CellRangeAddress(1, 30, 0, 200));
        byte[] merged = oneFarCell(xls, 30, 200);
        WorkbookOpener opener = new WorkbookOpener(new ExcelLimits(null, null, null, null, 31, null, null, null));

        WorkbookRejected refused = catchThrowableOfType(WorkbookRejected.class, () -> opener.open(merged));

        assertThat(refused.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getMessage()).isEqualTo("工作簿的单元格超过 31 个的上限（合并单元格按所跨行数计，到工作表“填报”为止），请分批导入");
    }

    /** A title in A1 and an "x" in one far cell. */
    private static byte[] oneFarCell(Workbook workbook, int row, int column) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.getNumberOfSheets() == 0 ? workbook.createSheet("填报") : workbook.getSheetAt(0);
            sheet.createRow(0).createCell(0).setCellValue("项目名称");
            sheet.createRow(row).createCell(column).setCellValue("x");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Three rows and a merged region, then {@code extraRows} rows of numbers. */
    private static byte[] workbook(String format, int extraRows) throws IOException {
        Supplier<Workbook> create = format.equals("xls") ? HSSFWorkbook::new : XSSFWorkbook::new;
        try (Workbook workbook = create.get()) {
            Sheet sheet = workbook.createSheet("填报");
            Row first = sheet.createRow(0);
            first.createCell(0).setCellValue("资金总额");
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            first.createCell(1).setCellValue(50);
            first.getCell(1).setCellStyle(money);
            first.createCell(2).setCellFormula("B1*2");
            first.createCell(3).setCellFormula("\"万\"&\"元\"");
            first.createCell(4).setCellValue(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            first.createCell(5).setCellValue(LocalDate.of(2024, 3, 1));
            first.getCell(5).setCellStyle(date);
            first.createCell(6).setCellValue(1176.7299999999998);
            sheet.createRow(2).createCell(0).setCellValue("产出指标");
            sheet.getRow(2).createCell(2).setCellValue("培训人数");
            sheet.createRow(3).createCell(2).setCellValue("  ");
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 1));
            for (int r = 0; r < extraRows; r++) {
                sheet.createRow(10 + r).createCell(0).setCellValue(r);
            }
            workbook.createSheet("空表");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
