package org.budgetperf.approval;

import org.budgetperf.common.ForbiddenException;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A task's candidates may throw a BPMN error or escalation from it (engine REST {@code /task/{id}/bpmnError},
 * {@code /bpmnEscalation}); with no boundary event to catch it, an error would end the table's process
 * silently and leave the table stuck in review. Our tasks are worked through their forms only, so both
 * commands are refused.
 */
final class NoBpmnEventsFromTasks extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            throw new ForbiddenException("审批任务只能通过表单办理（提交、通过、退回），不接受 BPMN 错误或升级事件");
        }
        return next.execute(command);
    }
}
