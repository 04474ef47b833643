package org.budgetperf.cycle;

import org.budgetperf.declaration.PerformanceTarget;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * At publication, a table's year is laid out: its monitoring and its self-evaluation each get their dates and a
 * dated job that opens them. Once per table and phase: a republished (adjusted) table keeps its dates.
 */
@Service
@Transactional
public class PhaseScheduler {

    private final CycleStepRepository steps;
    private final CycleCalendar calendar;
    private final ProcessEngineConfigurationImpl engine;

    public PhaseScheduler(CycleStepRepository steps, CycleCalendar calendar, ProcessEngineConfigurationImpl engine) {
        this.steps = steps;
        this.calendar = calendar;
        this.engine = engine;
    }

    public void scheduleYear(PerformanceTarget target) {
        for (CyclePhase phase : CyclePhase.values()) {
            if (steps.findByTargetIdAndPhase(target.getId(), phase).isEmpty()) {
                CycleStep step = steps.save(new CycleStep(target.getId(), phase,
                        calendar.opens(phase, target.getBudgetYear()), calendar.due(phase, target.getBudgetYear())));
                engine.getCommandExecutorTxRequired().execute(context -> {
                    context.getJobManager().schedule(OpenPhaseJob.timerFor(step));
                    return null;
                });
            }
        }
    }
}
