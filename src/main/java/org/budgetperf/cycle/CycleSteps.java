package org.budgetperf.cycle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where a table's phases stand, for the capabilities whose reports may be recorded only while a phase is open. */
@Service
@Transactional(readOnly = true)
public class CycleSteps {

    private final CycleStepRepository steps;

    public CycleSteps(CycleStepRepository steps) {
        this.steps = steps;
    }

    public boolean isOpen(Long targetId, CyclePhase phase) {
        return steps.findByTargetIdAndPhase(targetId, phase)
                .map(step -> step.getState() == CycleStepState.OPEN).orElse(false);
    }
}
