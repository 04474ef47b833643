package org.budgetperf.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.budgetperf.evaluation.EvaluationService;
import org.budgetperf.evaluation.EvaluationView;
import org.budgetperf.excel.export.ExportService;
import org.budgetperf.excel.export.ExportTable;
import org.budgetperf.excel.imports.ImportOptions;
import org.budgetperf.excel.imports.ImportPreview;
import org.budgetperf.excel.imports.TablePreview;
import org.budgetperf.excel.imports.WorkbookImportService;
import org.budgetperf.excel.imports.WorkbookRejected;
import org.budgetperf.indicator.ValueKind;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.Seed002;
import org.budgetperf.support.SeedTsv;
import org.budgetperf.declaration.TargetRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed documents laid out as workbooks the way they are published (titles, merged level cells, stray blank
 * rows, several tables and sheets) import to the tables the seed text gives, field by field.
 */
@IntegrationTest
class SeedWorkbookImportTest {

    private static final CurrentUser JIANGSU_UNIT = new CurrentUser("unit-staff", Set.of("org-JS-HSZH-LLHZ", "preparer"));
    private static final CurrentUser FUJIAN = new CurrentUser("fj-staff", Set.of("org-338601", "preparer"));
    private static final CurrentUser TIANJIN = new CurrentUser("tj-staff", Set.of("org-571203", "org-571301", "preparer"));

    @Autowired
    WorkbookImportService imports;
    @Autowired
    ObjectMapper json;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    ExportService exports;

    @Test
    void seed000ProjectTableWithHalfYearColumnsImportsAsTheSeedGivesIt() throws IOException {
        ImportPreview preview = preview("seed-000", JIANGSU_UNIT, null);

        assertThat(preview.tables()).hasSize(1);
        TablePreview table = preview.tables().get(0);
        assertThat(table.title()).isEqualTo("江苏省省级项目预算绩效目标表");
        assertSameTable(table.target(), demo("000-js-llhz-2023.json"));
        assertThat(table.target().responsiblePerson()).isEqualTo("陈大玲");
        assertThat(table.target().contactPhone()).isEqualTo("025- 83318696");
        TablePreview.IndicatorPreview exchange = indicator(table, "组织交流活动");
        assertThat(exchange.halfYearValue()).isEqualTo("≥0次");
        assertThat(exchange.fullYearValue()).isEqualTo("≥2次");
        assertThat(exchange.fullYearParsed().kind()).isEqualTo(ValueKind.COMPARISON);
        assertThat(exchange.fullYearParsed().comparatorSymbol()).isEqualTo("≥");
        assertThat(exchange.fullYearParsed().number()).isEqualByComparingTo("2");
        assertThat(exchange.fullYearParsed().unit()).isEqualTo("次");
        TablePreview.IndicatorPreview split = indicator(table, "资金分配合理性");
        assertThat(split.level1()).isEqualTo("决策");
        assertThat(split.level2()).as("level-2 carried over the stray blank row").isEqualTo("资金投入");
    }

    @Test
    void seed001DepartmentTableWithExplanationBasisFormulaAndScoringRuleImports() throws IOException {
        // The demo data already holds this department's 2021 table, so the import is refused; its preview stays.
        WorkbookRejected refused = catchThrowableOfType(WorkbookRejected.class, () -> preview("seed-001", FUJIAN, null));
        assertThat(refused.getMessage()).contains("项目编码 338601-2021-ZT 在 2021 年度已存在");

        TablePreview table = refused.preview().tables().get(0);
        assertSameTable(table.target(), demo("001-fj-department-2021.json"));
        assertThat(table.department().code()).isEqualTo("338601");
        TablePreview.IndicatorPreview cost = indicator(table, "业务费控制数");
        assertThat(cost.level1()).isEqualTo("产出指标");
        assertThat(cost.level2()).isEqualTo("成本指标");
        assertThat(cost.fullYearValue()).isEqualTo("≥1119.80万元");
    }

    @Test
    void seed003SeveralTablesOnTwoSheetsImportWithTheYearGivenOnUpload() throws IOException {
        ImportPreview preview = preview("seed-003", TIANJIN, 2024);

        assertThat(preview.tables()).extracting(TablePreview::sheet)
                .containsExactly("2024年项目绩效目标", "2024年项目绩效目标", "2024年项目绩效目标", "天津市红十字会");
        assertSameTable(preview.tables().get(0).target(), demo("003-tj-571203-sanxian-2024.json"));
        assertSameTable(preview.tables().get(1).target(), demo("003-tj-571203-organ-2024.json"));
        assertSameTable(preview.tables().get(3).target(), demo("003-tj-571301-warehouse-2024.json"));
        TablePreview third = preview.tables().get(2);
        assertThat(third.target().name()).isEqualTo("造血干细胞捐献宣传项目（2024年非财政拨款）");
        assertThat(third.target().indicators()).extracting(TargetRequest.IndicatorLine::fullYearValue)
                .containsExactly("采样活动≥10次", "报名采样人数≥5000人份", "宣传普及人数≥50万人次", "100%", "100%",
                        "≤123万元", "年度回访人数≥1万人", "成功捐献≥30人", "≥90%");
        assertThat(indicator(third, "数量指标").fullYearParsed().subject()).isEqualTo("采样活动");
        assertThat(preview.tables()).extracting(t -> t.target().code()).doesNotHaveDuplicates();
    }

    @Test
    void seed002SelfEvaluationReportImportsItsIndicatorsWithTargetAndActualValues() throws IOException {
        CurrentUser suzhou = new CurrentUser("sz-staff", Set.of("org-SZ-HSZH", "preparer"));
        ImportPreview preview = preview("seed-002", suzhou, null);

        TablePreview table = preview.tables().get(0);
        assertThat(table.target().budgetYear()).isEqualTo(2023);
        assertThat(table.target().departmentCode()).isEqualTo("SZ-HSZH");
        assertThat(table.target().indicators()).hasSize(45);
        assertThat(table.target().basicExpenditure()).isEqualByComparingTo("785.72");
        assertThat(table.target().projectExpenditure()).isEqualByComparingTo("289.65");
        TablePreview.IndicatorPreview drill = indicator(table, "红十字应急救援队综合演练");
        assertThat(drill.level1()).isEqualTo("分解目标");
        assertThat(drill.level2()).isEqualTo("履职");
        assertThat(drill.fullYearValue()).isEqualTo("=2次");
        assertThat(drill.actualValue()).isEqualTo("1次");
    }

    @Test
    void seed002ImportedForRealCarriesItsSelfEvaluationAndExportsWithTheSeedsFigures() throws IOException {
        CurrentUser suzhou = new CurrentUser("sz-staff-2", Set.of("org-SZ-HSZH", "preparer"));
        byte[] workbook = LayoutWorkbooks.build("/excel/seed-002.layout.tsv");
        ImportPreview imported = imports.importWorkbook("seed-002.xlsx", workbook, false,
                new ImportOptions(null, Map.of()), suzhou);
        long id = imported.tables().get(0).targetId();

        EvaluationView evaluation = evaluations.get(id, suzhou);
        List<List<String>> seedRows = SeedTsv.rows(Seed002.INDICATORS);
        assertThat(evaluation.results()).hasSize(seedRows.size());
        for (int i = 0; i < seedRows.size(); i++) {
            List<String> seed = seedRows.get(i);
            EvaluationView.ResultView result = evaluation.results().get(i);
            assertThat(List.of(result.level3(), result.targetValue(), result.actualValue(), result.source(),
                    result.deviation())).as(seed.get(2)).containsExactly(seed.get(2), seed.get(3), seed.get(4),
                    seed.get(5), seed.get(6));
        }
        List<List<String>> budgetRows = SeedTsv.rows(Seed002.BUDGET);
        assertThat(evaluation.budget()).extracting(EvaluationView.BudgetLineView::executionRate)
                .containsExactlyElementsOf(budgetRows.stream().map(row -> row.get(5)).toList());

        try (Workbook exported = WorkbookFactory.create(new ByteArrayInputStream(
                exports.target(id, ExportTable.EVALUATION, suzhou).content()))) {
            DataFormatter shown = new DataFormatter();
            Sheet sheet = exported.getSheetAt(0);
            int header = -1;
            for (Row row : sheet) {
                if ("指标名称".equals(shown.formatCellValue(row.getCell(2)))) {
                    header = row.getRowNum();
                }
            }
            for (int i = 0; i < seedRows.size(); i++) {
                Row row = sheet.getRow(header + 1 + i);
                for (int c = 2; c <= 6; c++) {
                    assertThat(shown.formatCellValue(row.getCell(c))).as(seedRows.get(i).get(2) + " column " + c)
                            .isEqualTo(seedRows.get(i).get(c));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-000", "seed-003"})
    void theSameLayoutSavedAsXlsImportsToTheSameTables(String seed) {
        CurrentUser user = seed.equals("seed-000") ? JIANGSU_UNIT : TIANJIN;
        List<TargetRequest> xlsx = preview(seed, user, 2024).tables().stream().map(TablePreview::target).toList();
        byte[] xls = LayoutWorkbooks.build("/excel/" + seed + ".layout.tsv", HSSFWorkbook::new);
        List<TargetRequest> fromXls = imports.importWorkbook(seed + ".xls", xls, true, new ImportOptions(2024, Map.of()),
                user).tables().stream().map(TablePreview::target).toList();

        assertThat(fromXls).isNotEmpty().usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration
                .builder().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build()).isEqualTo(xlsx);
    }

    private ImportPreview preview(String seed, CurrentUser user, Integer year) {
        byte[] workbook = LayoutWorkbooks.build("/excel/" + seed + ".layout.tsv");
        return imports.importWorkbook(seed + ".xlsx", workbook, true, new ImportOptions(year, Map.of()), user);
    }

    private TargetRequest demo(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/demo/targets/" + file)) {
            return json.readValue(in, TargetRequest.class);
        }
    }

    private static void assertSameTable(TargetRequest imported, TargetRequest seed) {
        assertThat(imported).usingRecursiveComparison()
                .ignoringFields("code")
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(seed);
    }

    private static TablePreview.IndicatorPreview indicator(TablePreview table, String level3) {
        List<TablePreview.IndicatorPreview> found = table.indicators().stream()
                .filter(row -> row.level3().equals(level3)).toList();
        assertThat(found).as("indicator " + level3).isNotEmpty();
        return found.get(0);
    }
}
