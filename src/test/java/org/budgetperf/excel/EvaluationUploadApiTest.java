package org.budgetperf.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.budgetperf.cycle.CyclePhase;
import org.budgetperf.cycle.CycleStepRepository;
import org.budgetperf.cycle.CycleStepsForTests;
import org.budgetperf.excel.export.Workbooks;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.Seed002;
import org.budgetperf.support.SeedTsv;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A filled-in 自评表 uploaded through {@code POST /api/targets/{id}/evaluation/import}: seed 002's and our export's. */
@IntegrationTest
class EvaluationUploadApiTest {

    private static final String DRILL = "红十字应急救援队综合演练";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    CycleStepRepository steps;

    @Test
    void seed002sSelfEvaluationRecordsItsActualsIntoTheOpenSelfEvaluation() {
        long id = openSeedTarget();
        ResponseEntity<JsonNode> unexplained = upload("dept-reviewer", id, seed002(), false);
        assertThat(unexplained.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unexplained.getBody().path("problems")).as("seed 002 leaves 9 deviations unexplained").hasSize(9);
        assertThat(unexplained.getBody().path("problems").get(0).path("message").asText())
                .isEqualTo("指标“结转结余率”的完成值与目标值有偏差（100%），请填写原因分析");
        assertThat(unexplained.getBody().path("problems").get(0).path("column").asText()).isEqualTo("H");
        assertThat(get(id).path("recorded").asBoolean()).isFalse();

        ResponseEntity<JsonNode> uploaded = upload("dept-reviewer", id,
                changed(seed002(), EvaluationUploadApiTest::explainDeviations), false);
        assertThat(uploaded.getStatusCode()).as(String.valueOf(uploaded.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(uploaded.getBody().path("recorded").asBoolean()).isTrue();

        JsonNode view = get(id);
        assertThat(uploaded.getBody().path("report").path("results")).isEqualTo(view.path("results"));
        assertThat(view.path("recordedBy").asText()).isEqualTo("dept-reviewer");
        List<List<String>> seed = Seed002.indicatorRows();
        for (int i : new int[] {0, 12, 30, seed.size() - 1}) {
            JsonNode result = view.path("results").get(i);
            assertThat(List.of(result.path("level3").asText(), result.path("actualValue").asText(),
                    result.path("source").asText(), result.path("deviation").asText()))
                    .containsExactly(seed.get(i).get(2), seed.get(i).get(4), seed.get(i).get(5), seed.get(i).get(6));
        }
        assertThat(result(view, DRILL).path("actualValue").asText()).isEqualTo("1次");
        assertThat(view.path("budget")).hasSize(SeedTsv.rows(Seed002.BUDGET).size());
        assertThat(view.path("budget").get(0).path("executionRate").asText()).isEqualTo("96.94%");
    }

    @Test
    void ourExportWithAnActualChangedUploadsBack() {
        long id = openSeedTarget();
        JsonNode evaluation = json.valueToTree(Seed002.evaluation());
        evaluation.path("results").forEach(line -> ((ObjectNode) line).put("cause", "见自评报告"));
        ResponseEntity<JsonNode> recorded = rest.withBasicAuth("dept-reviewer", "demo").exchange(
                "/api/targets/" + id + "/evaluation", HttpMethod.PUT, new HttpEntity<>(evaluation), JsonNode.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        byte[] changed = changed(export(id), sheet -> cellRightOf(sheet, DRILL, 2).setCellValue("2次"));

        JsonNode before = get(id);
        ResponseEntity<JsonNode> preview = upload("dept-reviewer", id, changed, true);
        assertThat(preview.getStatusCode()).as(String.valueOf(preview.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(result(preview.getBody().path("report"), DRILL).path("deviation").asText()).isEqualTo("0.00%");
        assertThat(get(id)).as("a dry run stores nothing").isEqualTo(before);

        assertThat(upload("dept-reviewer", id, changed, false).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = get(id);
        assertThat(result(view, DRILL).path("actualValue").asText()).isEqualTo("2次");
        assertThat(result(view, DRILL).path("deviation").asText()).isEqualTo("0.00%");
        assertThat(view.path("budget").get(0).path("executionRate").asText()).isEqualTo("96.94%");
    }

    @Test
    void refusedWhenNotOpenToOthersAndAtTheCellOfEachError() {
        long id = createSeedTarget();
        ResponseEntity<JsonNode> notOpen = upload("dept-reviewer", id, seed002(), false);
        assertThat(notOpen.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notOpen.getBody().path("message").asText()).contains("年度绩效自评未开启或已结束");

        CycleStepsForTests.open(steps, id, CyclePhase.SELF_EVALUATION);
        assertThat(upload("unit-staff", id, seed002(), false).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(upload("manager", id, seed002(), false).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Sheet sheet = Workbooks.open(seed002()).getSheetAt(0);
        String place = "工作表“" + sheet.getSheetName() + "”第";
        int drill = rowNaming(sheet, DRILL);
        assertRefused(id, changed(seed002(), s -> cellRightOf(s, DRILL, 0).setCellValue("不存在的演练")),
                place + (drill + 1) + "行C列（三级指标）：绩效目标表中没有指标“分解目标 / 履职 / 不存在的演练”");
        int total = rowNaming(sheet, "预算总金额");
        assertRefused(id, changed(seed002(), s -> cellRightOf(s, "预算总金额", 4).setCellValue("一千一百")),
                place + (total + 1) + "行E列（预算总金额实际支出数）：金额“一千一百”不是有效的数字");
        assertRefused(id, TestWorkbooks.sheet("自评", List.of(List.of("一级指标", "二级指标", "指标名称", "指标目标值", "指标完成值"),
                List.of("分解目标", "履职", DRILL, "=2次"))),
                "第1行：没有填写任何指标完成值、完成值来源、原因分析或预算执行数");
        assertThat(upload("dept-reviewer", id, new byte[] {1, 2, 3}, false).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get(id).path("recorded").asBoolean()).isFalse();
    }

    private void assertRefused(long id, byte[] workbook, String message) {
        ResponseEntity<JsonNode> refused = upload("dept-reviewer", id, workbook, false);
        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody()))
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().path("message").asText()).contains(message);
    }

    private static byte[] seed002() {
        return LayoutWorkbooks.build("/excel/seed-002.layout.tsv");
    }

    private static JsonNode result(JsonNode evaluation, String level3) {
        for (JsonNode result : evaluation.path("results")) {
            if (result.path("level3").asText().equals(level3)) {
                return result;
            }
        }
        throw new AssertionError("no result " + level3);
    }

    private static int rowNaming(Sheet sheet, String text) {
        return cellNaming(sheet, text).getRowIndex();
    }

    /** The cell {@code offset} columns right of the first cell showing {@code text}. */
    private static Cell cellRightOf(Sheet sheet, String text, int offset) {
        Cell named = cellNaming(sheet, text);
        Row row = sheet.getRow(named.getRowIndex());
        int column = named.getColumnIndex() + offset;
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setBlank();
        return cell;
    }

    private static Cell cellNaming(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (text.equals(Workbooks.shown(sheet, cell.getRowIndex(), cell.getColumnIndex()))) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell " + text);
    }

    /** Writes a cause beside every deviation the sheet shows (column G) that is not 0. */
    private static void explainDeviations(Sheet sheet) {
        for (Row row : sheet) {
            String deviation = Workbooks.shown(sheet, row.getRowNum(), 6);
            if (deviation.endsWith("%") && !deviation.matches("0(\\.0+)?%")) {
                row.createCell(7).setCellValue("见自评报告");
            }
        }
    }

    private static byte[] changed(byte[] workbook, Consumer<Sheet> change) {
        try (Workbook book = Workbooks.open(workbook)) {
            change.accept(book.getSheetAt(0));
            return Workbooks.bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] export(long id) {
        return rest.withBasicAuth("dept-reviewer", "demo")
                .getForEntity("/api/targets/" + id + "/export?table=evaluation", byte[].class).getBody();
    }

    private long openSeedTarget() {
        long id = createSeedTarget();
        CycleStepsForTests.open(steps, id, CyclePhase.SELF_EVALUATION);
        return id;
    }

    private long createSeedTarget() {
        ResponseEntity<JsonNode> created = rest.withBasicAuth("dept-reviewer", "demo")
                .postForEntity("/api/targets", Seed002.departmentTarget(), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("id").asLong();
    }

    private ResponseEntity<JsonNode> upload(String user, long id, byte[] workbook, boolean dryRun) {
        return WorkbookUploads.post(rest, user, "/api/targets/" + id + "/evaluation/import?dryRun=" + dryRun,
                workbook);
    }

    private JsonNode get(long id) {
        return rest.withBasicAuth("dept-reviewer", "demo").getForEntity("/api/targets/" + id + "/evaluation",
                JsonNode.class).getBody();
    }
}
