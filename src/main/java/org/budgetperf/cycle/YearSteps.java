package org.budgetperf.cycle;

import java.time.Duration;
import java.util.Date;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.common.TransactionMemo;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the year's processes ask of their step ({@code ${yearSteps...}}): the report's due date, when an overdue
 * report escalates, and that the phase is done. The step is found by the process's table and definition.
 */
@Component("yearSteps")
@Transactional
public class YearSteps {

    private final CycleStepRepository steps;
    private final TargetQueries targets;
    private final Duration escalationAfterDue;

    public YearSteps(CycleStepRepository steps, TargetQueries targets,
                     @Value("${budgetperf.cycle.escalation-after-due:P3D}") Duration escalationAfterDue) {
        this.steps = steps;
        this.targets = targets;
        this.escalationAfterDue = escalationAfterDue;
    }

    public Date dueOf(DelegateExecution execution) {
        return Date.from(stepOf(execution).getDueAt());
    }

    public Date escalationAt(DelegateExecution execution) {
        return Date.from(stepOf(execution).getDueAt().plus(escalationAfterDue));
    }

    public void finish(DelegateExecution execution) {
        CycleStep step = stepOf(execution);
        if (step.getState() == CycleStepState.OPEN) {
            step.finish();
        }
    }

    /** The phases of the table's year that have not opened yet will not: the project was stopped. */
    public void cancelRemaining(Long targetId) {
        steps.findByTargetIdOrderByOpensAtAsc(targetId).stream()
                .filter(step -> step.getState() == CycleStepState.SCHEDULED)
                .forEach(CycleStep::cancel);
    }

    private CycleStep stepOf(DelegateExecution execution) {
        PerformanceTarget target = targets.byBusinessKey(execution.getProcessBusinessKey());
        CyclePhase phase = CyclePhase.ofProcessDefinition(execution.getProcessDefinitionId());
        return TransactionMemo.find(memoKey(target.getId(), phase), steps::findById,
                        () -> steps.findByTargetIdAndPhase(target.getId(), phase), CycleStep::getId)
                .orElseThrow(() -> new NotFoundException("“" + target.getName() + "”没有" + phase.label() + "环节"));
    }

    /** The step loaded by id (its job opening it) is the one its process asks for in the same transaction. */
    static void remember(CycleStep step) {
        TransactionMemo.remember(memoKey(step.getTargetId(), step.getPhase()), step.getId());
    }

    private static String memoKey(Long targetId, CyclePhase phase) {
        return "step:" + targetId + ":" + phase;
    }
}
