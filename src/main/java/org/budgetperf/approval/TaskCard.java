package org.budgetperf.approval;

import java.util.Optional;
import org.budgetperf.common.MarkdownText;
import org.budgetperf.declaration.PerformanceTarget;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a task of a table says on its Tasklist card, which shows the task's name, its process, due date and
 * assignee: the name tells the step, the table, its code and its unit, 「主管部门审核｜联络与合作工作专项经费
 * （JS-HSZH-LLHZ-2023-01）｜江苏省红十字会联络与合作中心」. A task that a return brought back reads
 * 「【已退回】编制并提交绩效目标｜…」, and its form shows who returned it, when and why at the top (the task-local
 * {@code returnNotice}, Markdown-literal). Names are at most 255 characters, the engine's column; a long table name is
 * shortened with “…”.
 */
@Component("taskCard")
public class TaskCard implements TaskListener {

    static final String RETURN_NOTICE = "returnNotice";
    static final String RETURNED_MARK = "【已退回】";
    private static final int MAX_NAME = 255;

    private final ProcessTables tables;
    private final ApprovalHistory history;
    private final PersonNames names;
    private final BpmnTaskNames taskNames;

    public TaskCard(ProcessTables tables, ApprovalHistory history, PersonNames names, BpmnTaskNames taskNames) {
        this.tables = tables;
        this.history = history;
        this.names = names;
        this.taskNames = taskNames;
    }

    @Override
    public void notify(DelegateTask task) {
        Optional<ApprovalDecision> returned = returnBehind(task.getProcessInstanceId());
        task.setName(name(task.getBpmnModelElementInstance().getName(), tables.of(task), returned.isPresent()));
        returned.ifPresent(decision -> task.setVariableLocal(RETURN_NOTICE, notice(decision)));
    }

    /** The card's name of an open task, for instance after its table was renamed. */
    public String nameOf(Task task, PerformanceTarget target) {
        return name(taskNames.of(task), target, returnBehind(task.getProcessInstanceId()).isPresent());
    }

    /** The return that brought the task about: the latest decision in its process, when that is a return. */
    private Optional<ApprovalDecision> returnBehind(String processInstanceId) {
        return history.last(processInstanceId).filter(decision -> decision.getDecision() == Decision.RETURN);
    }

    static String name(String step, PerformanceTarget target, boolean returned) {
        String head = (returned ? RETURNED_MARK : "") + step + "｜";
        String tail = "（" + target.getCode() + "）｜" + target.getUnit().getName();
        int room = Math.max(1, MAX_NAME - head.length() - tail.length());
        String table = target.getName().length() <= room ? target.getName()
                : target.getName().substring(0, room - 1) + "…";
        String name = head + table + tail;
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    private String notice(ApprovalDecision decision) {
        return MarkdownText.literal(names.of(decision.getUserId()) + "（" + decision.getStep().label() + "）于"
                + PresentTargetForm.TIME.format(decision.getDecidedAt()) + "退回，退回原因：" + decision.getRemark());
    }
}
