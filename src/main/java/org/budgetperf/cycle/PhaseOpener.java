package org.budgetperf.cycle;

import java.time.Instant;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a scheduled phase: starts its process for the table, or cancels it if the table's year has ended. */
@Service
@Transactional
public class PhaseOpener {

    private final CycleStepRepository steps;
    private final TargetQueries targets;
    private final RuntimeService runtime;
    private final CycleCalendar calendar;

    public PhaseOpener(CycleStepRepository steps, TargetQueries targets, RuntimeService runtime,
                       CycleCalendar calendar) {
        this.steps = steps;
        this.targets = targets;
        this.runtime = runtime;
        this.calendar = calendar;
    }

    void open(Long stepId) {
        CycleStep step = steps.findById(stepId).orElseThrow(() -> new NotFoundException("年度环节不存在：" + stepId));
        if (step.getState() != CycleStepState.SCHEDULED) {
            return;
        }
        YearSteps.remember(step);
        PerformanceTarget target = targets.find(step.getTargetId());
        if (!target.getStatus().yearGoesOn()) {
            step.cancel();
            return;
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        step.open(now, calendar.dueWhenOpened(step.getPhase(), target.getBudgetYear(), now));
        step.runsAs(runtime.startProcessInstanceByKey(step.getPhase().processKey(), target.businessKey())
                .getProcessInstanceId());
    }
}
