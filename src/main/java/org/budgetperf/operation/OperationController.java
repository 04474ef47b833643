package org.budgetperf.operation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.budgetperf.approval.TaskView;
import org.budgetperf.common.PageView;
import org.budgetperf.security.CurrentUserProvider;
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
@Tag(name = "审批操作", description = "转办、委派、加签、抄送、催办、意见和附件，以及表的完整办理记录")
public class OperationController {

    private final HandOver handOver;
    private final Cosigning cosigning;
    private final CopyTable copies;
    private final Colleagues colleagues;
    private final TableTimeline timeline;
    private final CurrentUserProvider currentUser;

    public OperationController(HandOver handOver, Cosigning cosigning, CopyTable copies, Colleagues colleagues,
                               TableTimeline timeline, CurrentUserProvider currentUser) {
        this.handOver = handOver;
        this.cosigning = cosigning;
        this.copies = copies;
        this.colleagues = colleagues;
        this.timeline = timeline;
        this.currentUser = currentUser;
    }

    @PostMapping("/tasks/{taskId}/transfer")
    @Operation(summary = "转办：把任务交给本环节同一单位、同一角色的同事办理（须写明原因）")
    public TaskView transfer(@PathVariable String taskId, @RequestBody ToPerson request) {
        return handOver.transfer(taskId, request.userId(), request.reason(), currentUser.require());
    }

    @PostMapping("/tasks/{taskId}/delegate")
    @Operation(summary = "委派：请同事代为办理，办结后交回本人决定（须写明原因）")
    public TaskView delegate(@PathVariable String taskId, @RequestBody ToPerson request) {
        return handOver.delegate(taskId, request.userId(), request.reason(), currentUser.require());
    }

    @PostMapping("/tasks/{taskId}/resolve")
    @Operation(summary = "委派办结：受托人写明办理意见，把任务交回委派人")
    public TaskView resolve(@PathVariable String taskId, @RequestBody CommentRequest request) {
        return handOver.resolve(taskId, request.comment(), currentUser.require());
    }

    @PostMapping("/tasks/{taskId}/cosigners")
    @Operation(summary = "加签：已签收任务的办理人请同事会签，全部同意后才能通过（须写明原因）")
    public Map<String, List<String>> addCosigners(@PathVariable String taskId, @RequestBody ToPeople request) {
        return Map.of("added", cosigning.add(taskId, request.userIds(), request.reason(), currentUser.require()));
    }

    @PostMapping("/tasks/{taskId}/cosign")
    @Operation(summary = "会签：加签人同意（APPROVE）或退回（RETURN，须写明原因，表退回实施单位）；返回表的办理记录")
    public List<TableTimeline.TimelineEntry> cosign(@PathVariable String taskId, @RequestBody CosignVote vote) {
        var user = currentUser.require();
        return timeline.of(cosigning.vote(taskId, vote.decision(), vote.comment(), user), user);
    }

    @GetMapping("/tasks/{taskId}/colleagues")
    @Operation(summary = "可转办、委派或加签的同事（本环节同一单位、同一角色，不含本人）")
    public List<Colleagues.Colleague> colleagues(@PathVariable String taskId) {
        return colleagues.of(taskId, currentUser.require());
    }

    @PostMapping("/targets/{id}/copies")
    @Operation(summary = "抄送：告知他人并允许其查看该绩效目标表（不产生任务）")
    public Map<String, List<String>> copy(@PathVariable Long id, @RequestBody ToPeople request) {
        return Map.of("copied", copies.copy(id, request.userIds(), request.reason(), currentUser.require()));
    }

    @GetMapping("/copies")
    @Operation(summary = "抄送给我的绩效目标表，最近的在前")
    public PageView<CopyTable.CopyView> copiedToMe(@RequestParam(defaultValue = "0") int page,
                                                  @RequestParam(defaultValue = "20") int size) {
        return PageView.of(copies.copiedTo(currentUser.require(), PageView.request(page, size, Sort.unsorted())));
    }

    public record ToPerson(String userId, String reason) {
    }

    public record ToPeople(List<String> userIds, String reason) {
    }

    public record CommentRequest(String comment) {
    }

    public record CosignVote(String decision, String comment) {
    }
}
