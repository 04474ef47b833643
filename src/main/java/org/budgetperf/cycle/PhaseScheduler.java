package org.budgetperf.cycle;

import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetPublished;
import org.budgetperf.declaration.TargetQueries;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.event.EventListener;
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
    private final TargetQueries targets;

    public PhaseScheduler(CycleStepRepository steps, CycleCalendar calendar, ProcessEngineConfigurationImpl engine,
                          TargetQueries targets) {
        this.steps = steps;
        this.targets = targets;
        this.calendar = calendar;
        this.engine = engine;
    }

    @EventListener
    public void on(TargetPublished published) {
        scheduleYear(targets.find(published.targetId()));
    }

    void scheduleYear(PerformanceTarget target) {
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
