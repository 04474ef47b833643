package org.budgetperf.support;

import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.DecisionInput;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A new table of the demo unit brought to a review, and the task it waits at. */
@Component
public class ReviewFixtures {

    private final TargetService targets;
    private final ApprovalService approval;
    private final TaskService tasks;

    public ReviewFixtures(TargetService targets, ApprovalService approval, TaskService tasks) {
        this.targets = targets;
        this.approval = approval;
        this.tasks = tasks;
    }

    /** Submitted by unit-staff: waiting at the department's review. */
    public PerformanceTarget atDepartmentReview() {
        PerformanceTarget target = targets.create(TestTargets.project(TestTargets.JS_UNIT),
                TestTargets.user("unit-staff"));
        approval.submit(target.getId(), "请审核", TestTargets.user("unit-staff"));
        return target;
    }

    /** Approved by dept-reviewer: waiting, unclaimed, at the finance bureau's review. */
    public PerformanceTarget atFinanceReview() {
        PerformanceTarget target = atDepartmentReview();
        approval.complete(waitingTask(target).getId(), new DecisionInput("APPROVE", null, null, null, null, null),
                TestTargets.user("dept-reviewer"));
        return target;
    }

    public Task waitingTask(PerformanceTarget target) {
        return tasks.createTaskQuery().processInstanceBusinessKey(target.businessKey()).singleResult();
    }
}
