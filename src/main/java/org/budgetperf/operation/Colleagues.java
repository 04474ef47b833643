package org.budgetperf.operation;

import java.util.List;
import java.util.Map;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.PersonNames;
import org.budgetperf.approval.StepStaff;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.VisibleText;
import org.budgetperf.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people a task's holder may transfer or delegate it to, or add as co-signers: the step's staff but the holder. */
@Service
@Transactional(readOnly = true)
public class Colleagues {

    private final ApprovalService approval;
    private final OperatedTasks tasks;
    private final StepStaff staff;
    private final PersonNames names;

    public Colleagues(ApprovalService approval, OperatedTasks tasks, StepStaff staff, PersonNames names) {
        this.approval = approval;
        this.tasks = tasks;
        this.staff = staff;
        this.names = names;
    }

    public List<Colleague> of(String taskId, CurrentUser user) {
        OperatedTask at = tasks.of(approval.workable(taskId, user));
        List<String> ids = staff.of(at.step(), at.target()).stream().filter(id -> !id.equals(user.userId())).toList();
        Map<String, String> people = names.of(ids);
        return ids.stream().map(id -> new Colleague(id, people.get(id))).toList();
    }

    /** The named person, once checked to be one of the holder's colleagues on the task's step. */
    String require(OperatedTask at, String userId, String callerId, String field) {
        if (VisibleText.isBlank(userId)) {
            throw new BadRequestException(field, "请选择办理人");
        }
        String id = userId.strip();
        if (id.equals(callerId)) {
            throw new BadRequestException(field, "不能交给自己");
        }
        if (!staff.mayHold(at.step(), at.target(), id)) {
            throw new BadRequestException(field, staff.outsider(at.step(), at.target()) + "，“" + id
                    + "”不存在或不是其人员");
        }
        return id;
    }

    public record Colleague(String userId, String name) {
    }
}
