package org.budgetperf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetperf.excel.export.ExportFile;
import org.budgetperf.excel.export.ExportService;
import org.budgetperf.excel.export.ExportTable;
import org.budgetperf.excel.imports.ImportOptions;
import org.budgetperf.excel.imports.ImportPreview;
import org.budgetperf.excel.imports.WorkbookImportService;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports a generated workbook of {@code bench.projects} project tables (15 indicators each) and exports the
 * department's year again; prints elapsed times and peak heap. Run by {@code bench/run.sh}, not by the suite.
 */
@IntegrationTest
class ExcelBenchmark {

    private static final int PROJECTS = Integer.getInteger("bench.projects", 1000);
    private static final int WARM_UP_PROJECTS = Integer.getInteger("bench.warmup", 100);
    private static final int WARM_UP_YEAR = 2030;
    private static final int YEAR = 2031;
    private static final CurrentUser UNIT = new CurrentUser("unit-staff", Set.of("org-JS-HSZH-LLHZ", "preparer"));
    private static final CurrentUser DEPARTMENT = new CurrentUser("dept-reviewer", Set.of("org-JS-HSZH", "reviewer"));
    private static final String[][] INDICATORS = {
        {"产出指标", "数量指标", "培训人数", "≥500人", "≥1000人"}, {"产出指标", "数量指标", "培训场次", "≥6场", "=12场"},
        {"产出指标", "数量指标", "宣传普及人数", "≥20万人次", "≥50万人次"}, {"产出指标", "质量指标", "考核合格率", "≥90%", "≥95%"},
        {"产出指标", "质量指标", "资金使用合规性", "合规", "合规"}, {"产出指标", "时效指标", "完成时限", "", "2031年10月底完成"},
        {"产出指标", "成本指标", "项目成本", "≤25万元", "≤50万元"}, {"效益指标", "社会效益指标", "受益人数", "≥2000人", "≥5000人"},
        {"效益指标", "社会效益指标", "社会影响", "较好", "显著提高"}, {"效益指标", "可持续影响指标", "长效机制", "健全", "健全"},
        {"决策", "项目立项", "立项程序规范性", "规范", "规范"}, {"决策", "绩效目标", "绩效目标合理性", "合理", "合理"},
        {"过程", "资金管理", "预算执行率", "=50%", "=100%"}, {"满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"},
        {"满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%", "≥85%"}};

    @Autowired
    WorkbookImportService imports;
    @Autowired
    ExportService exports;

    @Test
    void importAndExportAThousandProjects() throws IOException {
        // A server has run imports before: one small round first, so that the figures are not the JIT's warm-up.
        if (WARM_UP_PROJECTS > 0) {
            imports.importWorkbook("warm-up.xlsx", generate(WARM_UP_PROJECTS, WARM_UP_YEAR), false,
                    new ImportOptions(null, Map.of()), UNIT);
            exports.department("JS-HSZH", WARM_UP_YEAR, ExportTable.TARGET, DEPARTMENT);
        }
        byte[] workbook = generate(PROJECTS, YEAR);
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        ImportPreview imported = imports.importWorkbook("bench.xlsx", workbook, false, new ImportOptions(null, Map.of()),
                UNIT);
        long importNanos = System.nanoTime() - start;
        long importPeak = heapPeak();

        start = System.nanoTime();
        ExportFile exported = exports.department("JS-HSZH", YEAR, ExportTable.TARGET, DEPARTMENT);
        long exportNanos = System.nanoTime() - start;
        long overallPeak = heapPeak();

        assertThat(imported.tableCount()).isEqualTo(PROJECTS);
        assertThat(imported.indicatorCount()).isEqualTo(PROJECTS * INDICATORS.length);
        System.out.println("BENCH Excel import/export, " + PROJECTS + " projects, " + imported.indicatorCount()
                + " indicator rows, workbook " + workbook.length / 1024 + " KB, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, after a warm-up round of "
                + WARM_UP_PROJECTS + " projects");
        System.out.println("| step | time (s) | peak heap (MB) |");
        System.out.println("|---|---|---|");
        System.out.printf("| import (read, check, store in one transaction) | %.2f | %d |%n", importNanos / 1e9, importPeak);
        System.out.printf("| export (department year, a sheet per unit, %d KB) | %.2f | %d |%n",
                exported.content().length / 1024, exportNanos / 1e9, overallPeak);
        System.out.printf("| total | %.2f | %d |%n", (importNanos + exportNanos) / 1e9, overallPeak);
        System.out.printf("BENCH import rate: %.0f indicator rows/s%n", imported.indicatorCount() / (importNanos / 1e9));
    }

    /** The standard layout, every table under its own title on one sheet. */
    private static byte[] generate(int projects, int year) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("项目绩效目标");
            int r = 0;
            for (int p = 1; p <= projects; p++) {
                row(sheet, r++, year + "年度项目支出绩效目标表");
                row(sheet, r++, "项目名称", "培训与宣传项目" + p, "项目编码", String.format("BENCH-%04d", p));
                row(sheet, r++, "主管部门", "江苏省红十字会", "实施单位", "江苏省红十字会联络与合作中心");
                row(sheet, r++, "资金总额", "50.00", "一般公共预算资金", "50.00");
                row(sheet, r++, "一级指标", "二级指标", "三级指标", "半年(程)指标值", "全年(程)指标值");
                for (String[] indicator : INDICATORS) {
                    row(sheet, r++, indicator);
                }
                r++;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long heapPeak() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
