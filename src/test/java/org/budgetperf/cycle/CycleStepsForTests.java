package org.budgetperf.cycle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Puts a table's phase where a test needs it, as the process side's opener and finisher would. */
public final class CycleStepsForTests {

    private CycleStepsForTests() {
    }

    public static void open(CycleStepRepository steps, Long targetId, CyclePhase phase) {
        Instant now = Instant.now();
        CycleStep step = steps.findByTargetIdAndPhase(targetId, phase)
                .orElseGet(() -> new CycleStep(targetId, phase, now, now.plus(30, ChronoUnit.DAYS)));
        step.open(now, step.getDueAt());
        step.runsAs("test");
        steps.save(step);
    }

    public static void finish(CycleStepRepository steps, Long targetId, CyclePhase phase) {
        CycleStep step = steps.findByTargetIdAndPhase(targetId, phase).orElseThrow();
        step.finish();
        steps.save(step);
    }
}
