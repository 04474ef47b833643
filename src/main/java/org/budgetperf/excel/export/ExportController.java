package org.budgetperf.excel.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.security.CurrentUserProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Excel导出", description = "导出绩效目标表、绩效运行监控表、绩效自评表（.xlsx）")
public class ExportController {

    private final ExportService exports;
    private final CurrentUserProvider currentUser;

    public ExportController(ExportService exports, CurrentUserProvider currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/targets/{id}/export")
    @Operation(summary = "导出一张表：table=target（绩效目标表，默认）| monitoring（绩效运行监控表）| evaluation（绩效自评表）")
    public ResponseEntity<byte[]> target(@PathVariable Long id,
                                         @RequestParam(defaultValue = "target") String table) {
        return download(exports.target(id, ExportTable.of(table), currentUser.require()));
    }

    @GetMapping("/api/exports")
    @Operation(summary = "批量导出：某主管部门某年度当前用户可查看的全部表，每表一个工作表（以项目编码命名）")
    public ResponseEntity<byte[]> department(@RequestParam(required = false) String departmentCode,
                                             @RequestParam(required = false) Integer year,
                                             @RequestParam(defaultValue = "target") String table) {
        if (departmentCode == null || departmentCode.isBlank()) {
            throw new BadRequestException("departmentCode", "请指定主管部门编码（departmentCode）");
        }
        if (year == null) {
            throw new BadRequestException("year", "请指定预算年度（year）");
        }
        ExportTable layout = ExportTable.of(table);
        return download(exports.department(departmentCode.strip(), year, layout, currentUser.require()));
    }

    private static ResponseEntity<byte[]> download(ExportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ExportFile.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
                .body(file.content());
    }
}
