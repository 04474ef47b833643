package org.budgetperf.declaration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.Light;
import org.budgetperf.security.CurrentUserProvider;
import org.budgetperf.common.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/targets")
@Tag(name = "绩效目标表", description = "申报、查看绩效目标表")
public class TargetController {

    private final TargetService targets;
    private final TargetVersions versions;
    private final CurrentUserProvider currentUser;

    public TargetController(TargetService targets, TargetVersions versions, CurrentUserProvider currentUser) {
        this.targets = targets;
        this.versions = versions;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "分页列出当前用户可见的绩效目标表；可按年度、状态、监控预警灯（light）和自评等级（grade）筛选；"
            + "submitted=true 只列本单位提交、正在审核中的表（可撤回、催办）")
    public PageView<TargetSummary> list(@RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) TargetStatus status,
                                    @RequestParam(required = false) Light light,
                                    @RequestParam(required = false) Grade grade,
                                    @RequestParam(defaultValue = "false") boolean submitted,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PageView.request(page, size, Sort.by("budgetYear").descending().and(Sort.by("code")));
        return PageView.of(targets.list(currentUser.require(), new TargetFilter(year, status, light, grade,
                submitted), request));
    }

    @PostMapping
    @Operation(summary = "新建绩效目标表草稿")
    public ResponseEntity<TargetDetails> create(@Valid @RequestBody TargetRequest request) {
        var user = currentUser.require();
        PerformanceTarget created = targets.create(request, user);
        return ResponseEntity.created(URI.create("/api/targets/" + created.getId()))
                .body(targets.details(created.getId(), user));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看绩效目标表：字段、资金、指标（原文与解析结果）；ETag 为表的版本")
    public ResponseEntity<TargetDetails> get(@PathVariable Long id) {
        return tagged(targets.details(id, currentUser.require()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改编制中或被退回的绩效目标表；带 If-Match（GET 返回的 ETag）时，表已被他人修改则答 409")
    public ResponseEntity<TargetDetails> update(@PathVariable Long id,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch,
                                                @Valid @RequestBody TargetRequest request) {
        var user = currentUser.require();
        targets.update(id, request, user, VersionTag.parse(ifMatch));
        return tagged(targets.details(id, user));
    }

    @GetMapping("/{id}/editability")
    @Operation(summary = "当前用户是否为编制单位（preparedByCaller）、现在能否修改该表（editable）；不能修改时 reason 说明原因（与修改时的拒绝理由相同）")
    public Editability editability(@PathVariable Long id) {
        return targets.editability(id, currentUser.require());
    }

    private static ResponseEntity<TargetDetails> tagged(TargetDetails details) {
        return ResponseEntity.ok().eTag(VersionTag.of(details.version())).body(details);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "已批复（冻结）的版本：批复人、批复时间、审核结论；最新一版为现行版本")
    public List<VersionView> versions(@PathVariable Long id) {
        List<TargetVersion> frozen = versions.of(id, currentUser.require());
        int inForce = frozen.isEmpty() ? 0 : frozen.get(frozen.size() - 1).getVersionNo();
        return frozen.stream()
                .map(v -> new VersionView(v.getVersionNo(), v.getApprovedBy(), v.getApprovedAt(), v.getConclusion(),
                        v.getVersionNo() == inForce))
                .toList();
    }

    @GetMapping("/{id}/versions/{versionNo}")
    @Operation(summary = "某一已批复版本的冻结内容")
    public TargetDetails version(@PathVariable Long id, @PathVariable int versionNo) {
        return versions.snapshot(id, versionNo, currentUser.require());
    }

    public record VersionView(int versionNo, String approvedBy, Instant approvedAt, String conclusion,
                              boolean inForce) {
    }
}
