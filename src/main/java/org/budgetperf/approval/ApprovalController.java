package org.budgetperf.approval;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.budgetperf.security.CurrentUserProvider;
import org.budgetperf.common.PageView;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "审核批复", description = "提交、撤回、办理任务、审核历史")
public class ApprovalController {

    private final ApprovalService approval;
    private final TargetAdjustments adjustments;
    private final CurrentUserProvider currentUser;
    private final PersonNames names;

    public ApprovalController(ApprovalService approval, TargetAdjustments adjustments,
                              CurrentUserProvider currentUser, PersonNames names) {
        this.approval = approval;
        this.adjustments = adjustments;
        this.currentUser = currentUser;
        this.names = names;
    }

    @PostMapping("/targets/{id}/submit")
    @Operation(summary = "提交审核（启动审批流程并完成编制环节）")
    public TaskView submit(@PathVariable Long id, @RequestBody(required = false) SubmitRequest request) {
        return approval.submit(id, request == null ? null : request.comment(), currentUser.require());
    }

    @PostMapping("/targets/{id}/withdraw")
    @Operation(summary = "撤回尚未被审核人签收的提交")
    public List<DecisionView> withdraw(@PathVariable Long id) {
        var user = currentUser.require();
        approval.withdraw(id, user);
        return history(id);
    }

    @PostMapping("/targets/{id}/adjustment")
    @Operation(summary = "申请调整已公开的绩效目标表（须说明原因）：表成为下一版本的草稿，修改后提交审核；"
            + "新版本批复前现行版本继续有效")
    public TaskView adjust(@PathVariable Long id, @RequestBody AdjustmentRequest request) {
        return adjustments.request(id, request.reason(), currentUser.require());
    }

    @GetMapping("/targets/{id}/history")
    @Operation(summary = "审核历史：每一次提交、退回、通过、撤回（user 为登录名，deciderName 为姓名）")
    public List<DecisionView> history(@PathVariable Long id) {
        List<ApprovalDecision> decisions = approval.history(id, currentUser.require());
        Map<String, String> deciders = names.of(decisions.stream().map(ApprovalDecision::getUserId).toList());
        return decisions.stream().map(d -> DecisionView.of(d, deciders.get(d.getUserId()))).toList();
    }

    @GetMapping("/tasks")
    @Operation(summary = "当前用户可以办理的任务（含所在组的候选任务）")
    public PageView<TaskView> tasks(@RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size) {
        return PageView.of(approval.myTasks(currentUser.require(),
                PageView.request(page, size, Sort.unsorted())));
    }

    @PostMapping("/tasks/{taskId}/complete")
    @Operation(summary = "办理任务：decision 为 SUBMIT / APPROVE / RETURN / REJECT")
    public TaskView complete(@PathVariable String taskId, @RequestBody DecisionInput input) {
        return approval.complete(taskId, input, currentUser.require());
    }

    public record SubmitRequest(String comment) {
    }

    public record AdjustmentRequest(String reason) {
    }

    public record DecisionView(Long id, Instant time, String user, String deciderName, ApprovalStep step,
                               String stepLabel, Decision decision, String decisionLabel, String comment,
                               ReviewConclusion conclusion, ReturnTo returnTo, boolean resubmitToMe, int versionNo) {
        static DecisionView of(ApprovalDecision d, String deciderName) {
            return new DecisionView(d.getId(), d.getDecidedAt(), d.getUserId(), deciderName, d.getStep(),
                    d.getStep().label(),
                    d.getDecision(), d.getDecision().label(), d.getRemark(), d.getConclusion(), d.getReturnTo(),
                    d.isResubmitToMe(), d.getVersionNo());
        }
    }
}
