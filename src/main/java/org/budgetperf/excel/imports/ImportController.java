package org.budgetperf.excel.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.budgetperf.common.ApiException.FieldError;
import org.budgetperf.evaluation.EvaluationView;
import org.budgetperf.monitoring.MonitoringView;
import org.budgetperf.security.CurrentUserProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
@Tag(name = "Excel 导入", description = "从 Excel 工作簿导入绩效目标表，上传填好的监控表和自评表")
class ImportController {

    private final WorkbookImportService imports;
    private final ReportImportService reports;
    private final CurrentUserProvider currentUser;
    private final ObjectMapper json;

    ImportController(WorkbookImportService imports, ReportImportService reports, CurrentUserProvider currentUser,
                     ObjectMapper json) {
        this.imports = imports;
        this.reports = reports;
        this.currentUser = currentUser;
        this.json = json;
    }

    /** The error body of a refused workbook: the usual error fields plus every problem with sheet, row, column. */
    record ImportRejection(OffsetDateTime timestamp, int status, String message, List<FieldError> errors,
                           List<ImportProblem> problems, ImportPreview preview) {
    }

    @Operation(summary = "导入工作簿中的绩效目标表（dryRun=true 只预览，不保存）")
    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportPreview> importWorkbook(@RequestParam("file") MultipartFile file,
                                                 @RequestParam(defaultValue = "false") boolean dryRun,
                                                 @RequestParam(required = false) Integer year,
                                                 @RequestParam(required = false) String organizationMapping) {
        ImportOptions options = new ImportOptions(year, mapping(organizationMapping));
        ImportPreview preview = imports.importWorkbook(file.getOriginalFilename(), bytes(file), dryRun, options,
                currentUser.require());
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(preview);
    }

    @Operation(summary = "用工作簿中的一张表替换草稿的内容")
    @PostMapping(path = "/targets/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportPreview importIntoDraft(@PathVariable Long id, @RequestParam("file") MultipartFile file) {
        return imports.importIntoDraft(id, file.getOriginalFilename(), bytes(file), currentUser.require());
    }

    @Operation(summary = "上传填好的绩效运行监控表，记入开启中的半年绩效监控（仅实施单位；dryRun=true 只预览计算结果，不保存）")
    @PostMapping(path = "/targets/{id}/monitoring/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReportImport<MonitoringView> importMonitoring(@PathVariable Long id, @RequestParam("file") MultipartFile file,
                                                  @RequestParam(defaultValue = "false") boolean dryRun) {
        return reports.monitoring(id, file.getOriginalFilename(), bytes(file), dryRun, currentUser.require());
    }

    @Operation(summary = "上传填好的绩效自评表，记入开启中的年度绩效自评（dryRun=true 只预览计算结果，不保存）")
    @PostMapping(path = "/targets/{id}/evaluation/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReportImport<EvaluationView> importEvaluation(@PathVariable Long id, @RequestParam("file") MultipartFile file,
                                                  @RequestParam(defaultValue = "false") boolean dryRun) {
        return reports.evaluation(id, file.getOriginalFilename(), bytes(file), dryRun, currentUser.require());
    }

    @ExceptionHandler(WorkbookRejected.class)
    ResponseEntity<ImportRejection> rejected(WorkbookRejected e) {
        List<FieldError> errors = e.problems().stream()
                .map(problem -> new FieldError(problem.field() == null ? "file" : problem.field(), problem.located()))
                .toList();
        return ResponseEntity.status(e.status()).body(new ImportRejection(OffsetDateTime.now(), e.status().value(),
                e.getMessage(), errors, e.problems(), e.preview()));
    }

    private Map<String, String> mapping(String organizationMapping) {
        if (organizationMapping == null || organizationMapping.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(organizationMapping, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new WorkbookRejected(HttpStatus.BAD_REQUEST,
                    "单位对照（organizationMapping）应为 JSON 对象，如 {\"天津市红十字事务中心\":\"571203\"}");
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new WorkbookRejected(HttpStatus.BAD_REQUEST, "上传的文件无法读取");
        }
    }
}
