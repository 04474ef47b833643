package org.budgetperf.operation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.budgetperf.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/targets")
@Tag(name = "审批操作", description = "转办、委派、加签、抄送、催办、意见和附件，以及表的完整办理记录")
public class TimelineController {

    private final TableTimeline timeline;
    private final CurrentUserProvider currentUser;

    public TimelineController(TableTimeline timeline, CurrentUserProvider currentUser) {
        this.timeline = timeline;
        this.currentUser = currentUser;
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "办理记录：每一次提交、审核决定、转办、委派、加签、抄送、催办、意见和附件，谁、何时、为何")
    public List<TableTimeline.TimelineEntry> timeline(@PathVariable Long id) {
        return timeline.of(id, currentUser.require());
    }
}
