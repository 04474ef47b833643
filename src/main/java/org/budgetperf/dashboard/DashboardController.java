package org.budgetperf.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.PageView;
import org.budgetperf.excel.export.ExportFile;
import org.budgetperf.security.CurrentUserProvider;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' dashboard: read-only, within the caller's scope (the same as {@code GET /api/targets}). */
@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "管理驾驶舱", description = "各阶段数量、超期任务、办理时长、预警与自评等级、绩效目标表清单")
public class DashboardController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final DashboardQueries queries;
    private final DashboardScopes scopes;
    private final TablesWorkbook workbook;
    private final CurrentUserProvider currentUser;
    private final TransactionTemplate readOnly;

    public DashboardController(DashboardQueries queries, DashboardScopes scopes, TablesWorkbook workbook,
                               CurrentUserProvider currentUser, PlatformTransactionManager transactions) {
        this.queries = queries;
        this.scopes = scopes;
        this.workbook = workbook;
        this.currentUser = currentUser;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping
    @Operation(summary = "某预算年度（year，默认今年）、可选某地区财政或主管部门、单位（organization，编码）的总览："
            + "各阶段数量、超期任务（前 10 条）、各单位各环节办理天数中位数、监控预警灯与自评等级分布")
    public DashboardViews.Summary summary(@RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) String organization) {
        return queries.summary(scopes.of(currentUser.require(), organization), year(year));
    }

    @GetMapping("/overdue")
    @Operation(summary = "超期未办的任务，最早到期的在前：表、环节、办理人、超期天数、已发提醒和升级次数")
    public PageView<DashboardViews.OverdueTask> overdue(@RequestParam(required = false) Integer year,
                                                        @RequestParam(required = false) String organization,
                                                        @RequestParam(defaultValue = "0") int page,
                                                        @RequestParam(defaultValue = "20") int size) {
        return PageView.of(queries.overdue(scopes.of(currentUser.require(), organization), year(year),
                PageView.request(page, size, Sort.unsorted())));
    }

    @GetMapping("/tables")
    @Operation(summary = "绩效目标表清单：q 按编码或名称搜索，stage 按阶段筛选，sort=code|name|unitName|stage|since|"
            + "totalBudget，可加 ,asc 或 ,desc；分页")
    public PageView<DashboardViews.TableRow> tables(@RequestParam(required = false) Integer year,
                                                    @RequestParam(required = false) String organization,
                                                    @RequestParam(required = false) String q,
                                                    @RequestParam(required = false) String stage,
                                                    @RequestParam(required = false) String sort,
                                                    @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "20") int size) {
        TableQuery query = TableQuery.of(q, stage, sort);
        return PageView.of(queries.tables(scopes.of(currentUser.require(), organization), year(year), query,
                PageView.request(page, size, Sort.unsorted())));
    }

    @GetMapping("/tables.xlsx")
    @Operation(summary = "按同样的筛选和排序把清单导出为 Excel（最多 100000 行）")
    public void export(@RequestParam(required = false) Integer year,
                       @RequestParam(required = false) String organization,
                       @RequestParam(required = false) String q,
                       @RequestParam(required = false) String stage,
                       @RequestParam(required = false) String sort,
                       HttpServletResponse response) throws IOException {
        TableQuery query = TableQuery.of(q, stage, sort);
        DashboardScope scope = scopes.of(currentUser.require(), organization);
        int budgetYear = year(year);
        response.setContentType(ExportFile.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, new ExportFile(budgetYear + "年度绩效目标表清单.xlsx",
                "targets-" + budgetYear + ".xlsx", new byte[0]).contentDisposition());
        readOnly.executeWithoutResult(status -> {
            try {
                workbook.write(scope, budgetYear, query, response.getOutputStream());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static int year(Integer year) {
        if (year == null) {
            return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadRequestException("year", "预算年度应在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间");
        }
        return year;
    }
}
