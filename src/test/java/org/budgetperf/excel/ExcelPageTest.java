package org.budgetperf.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.support.Browser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TasklistPage;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Excel page in headless Chromium, as {@code unit-staff} logged in through the Tasklist: preview a workbook,
 * import it, find the new draft in the list, replace the draft's content from a second workbook; a unit the workbook
 * writes otherwise, mapped in the form; and a file that is no workbook.
 */
@IntegrationTest
class ExcelPageTest {

    private static final String[] HEADER = {"一级指标", "二级指标", "三级指标", "指标值"};
    private static final String UNIT = "江苏省红十字会联络与合作中心";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @TempDir
    Path files;

    private Browser browser;

    @BeforeEach
    void openPage() {
        Browser.assumeAvailable();
        browser = new Browser();
        // the Tasklist's login is the page's: its session carries the page's API calls
        new TasklistPage(browser, base()).login("unit-staff");
        browser.driver.get(base() + "/excel/");
        browser.visible(By.cssSelector("#targets tbody tr[data-id]"));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void unitPreviewsImportsAndReplacesItsDraft() throws IOException {
        String name = "Excel页面测试项目" + TestTargets.uniqueCode();
        Path first = workbook("first.xlsx", name, UNIT, List.of(
                new String[] {"产出指标", "数量指标", "组织交流活动", "≥2次"},
                new String[] {"产出指标", "质量指标", "宣传点位覆盖", "不少于30个点位"},
                new String[] {"满意度指标", "服务对象满意度", "参与人员满意度", "≥90%"}));
        try {
            browser.driver.findElement(By.id("workbook")).sendKeys(first.toString());
            browser.click(By.id("preview-button"));
            browser.visible(By.xpath("//*[@id='upload-result']//h3[normalize-space()='" + name + "']"));
            String preview = browser.driver.findElement(By.id("upload-result")).getText();
            assertThat(preview).contains("预览（尚未保存）").doesNotContain("未登记");
            assertThat(previewField("主管部门")).as("by name, not by code").isEqualTo("江苏省红十字会");
            assertThat(previewField("实施单位")).isEqualTo("江苏省红十字会联络与合作中心");
            assertThat(browser.visible(By.xpath("//*[@id='upload-result']//td[normalize-space()='不少于30个点位']"))
                    .isDisplayed()).as("the value exactly as written").isTrue();
            assertThat(browser.driver.findElements(rowNamed(name))).as("a preview saves nothing").isEmpty();

            browser.click(By.id("import-button"));
            WebElement row = browser.visible(rowNamed(name));
            long id = Long.parseLong(row.getDomAttribute("data-id"));
            browser.visible(By.cssSelector("#upload-result .created a[href='#target-" + id + "']"));
            assertThat(row.getText()).contains("编制中").contains("目标表").contains("监控表").contains("自评表");

            JsonNode created = table(id);
            assertThat(created.path("status").asText()).isEqualTo("DRAFT");
            assertThat(created.path("unit").path("code").asText()).isEqualTo(TestTargets.JS_UNIT);
            assertThat(created.path("department").path("code").asText()).isEqualTo(TestTargets.JS_DEPARTMENT);
            assertThat(created.path("indicators").findValues("fullYearValue"))
                    .extracting(value -> value.path("raw").asText())
                    .containsExactly("≥2次", "不少于30个点位", "≥90%");

            String revised = name + "（修订）";
            Path second = workbook("second.xlsx", revised, UNIT, List.of(
                    new String[] {"产出指标", "数量指标", "组织交流活动", "≥3次"},
                    new String[] {"满意度指标", "服务对象满意度", "参与人员满意度", "≥95%"}));
            row.findElement(By.cssSelector("input[type=file]")).sendKeys(second.toString());
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            browser.visible(By.xpath("//*[@id='draft-result']//h3[normalize-space()='" + revised + "']"));
            browser.visible(rowNamed(revised));

            JsonNode replaced = table(id);
            assertThat(replaced.path("name").asText()).isEqualTo(revised);
            assertThat(replaced.path("code").asText()).isEqualTo(created.path("code").asText());
            assertThat(replaced.path("indicators").findValues("fullYearValue"))
                    .extracting(value -> value.path("raw").asText())
                    .containsExactly("≥3次", "≥95%");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("excel-page-import");
            throw e;
        }
    }

    @Test
    void fileThatIsNoWorkbookIsRefusedInChinese() throws IOException {
        Path text = Files.writeString(files.resolve("notes.xlsx"), "这不是工作簿");
        try {
            browser.driver.findElement(By.id("workbook")).sendKeys(text.toString());
            browser.click(By.id("preview-button"));
            assertThat(browser.visible(By.cssSelector("#upload-result p.error")).getText())
                    .isEqualTo("文件不是可读取的 Excel 工作簿（支持 .xlsx 和 .xls）");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("excel-page-not-a-workbook");
            throw e;
        }
    }

    @Test
    void aUnitWrittenOtherwiseIsMappedByNameInTheForm() throws IOException {
        String name = "单位对照测试项目" + TestTargets.uniqueCode();
        Path file = workbook("mapped.xlsx", name, "红会联络中心", List.<String[]>of(
                new String[] {"产出指标", "数量指标", "组织交流活动", "≥2次"}));
        try {
            assertThat(browser.visible(By.cssSelector("[data-session] .session-user")).getText())
                    .isEqualTo("王晓（江苏省红十字会联络与合作中心）");
            assertThat(new Select(browser.driver.findElement(By.id("batch-department"))).getOptions())
                    .extracting(WebElement::getText).contains("江苏省红十字会").noneMatch(text -> text.contains("JS-"));

            browser.driver.findElement(By.id("workbook")).sendKeys(file.toString());
            browser.click(By.id("preview-button"));
            browser.visible(By.xpath("//*[@id='upload-result']//h3[normalize-space()='" + name + "']"));
            assertThat(previewField("实施单位")).isEqualTo("红会联络中心 未登记");

            browser.driver.findElement(By.cssSelector("#mapping-rows .mapping-written")).sendKeys("红会联络中心");
            Select unit = new Select(browser.driver.findElement(By.cssSelector("#mapping-rows .mapping-organization")));
            browser.wait.until(driver -> unit.getOptions().size() > 1);
            unit.selectByVisibleText("江苏省红十字会联络与合作中心");
            browser.click(By.id("preview-button"));
            browser.wait.until(driver -> previewField("实施单位").equals("江苏省红十字会联络与合作中心"));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("excel-page-mapping");
            throw e;
        }
    }

    /** What the preview shows for a field of the table (its dd), e.g. 实施单位. */
    private String previewField(String label) {
        return browser.visible(By.xpath("//*[@id='upload-result']//dt[normalize-space()='" + label
                + "']/following-sibling::dd[1]")).getText();
    }

    private static By rowNamed(String name) {
        return By.xpath("//table[@id='targets']//tr[td[normalize-space()='" + name + "']]");
    }

    private JsonNode table(long id) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("unit-staff", "demo")
                .getForEntity("/api/targets/" + id, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** A project table as a unit writes it: key-value rows, then the indicator header and rows. */
    private Path workbook(String fileName, String name, String unit, List<String[]> indicators) throws IOException {
        Path file = files.resolve(fileName);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("项目表");
            fill(sheet.createRow(0), "项目名称", name);
            fill(sheet.createRow(1), "主管部门", "江苏省红十字会");
            fill(sheet.createRow(2), "实施单位", unit);
            fill(sheet.createRow(3), "预算年度", "2026");
            fill(sheet.createRow(4), HEADER);
            for (int i = 0; i < indicators.size(); i++) {
                fill(sheet.createRow(5 + i), indicators.get(i));
            }
            workbook.write(out);
        }
        return file;
    }

    private static void fill(Row row, String... values) {
        for (int column = 0; column < values.length; column++) {
            row.createCell(column).setCellValue(values[column]);
        }
    }
}
