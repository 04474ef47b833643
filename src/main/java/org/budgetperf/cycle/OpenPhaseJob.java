package org.budgetperf.cycle;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine job that opens one phase of one table's year on its date: one small transaction per table, run by
 * the job executor of whichever node acquires it, retried like any job. It starts the phase's process by key,
 * so a model deployed while the table waited is the one that opens.
 */
final class OpenPhaseJob implements JobHandler<OpenPhaseJob.Step> {

    static final String TYPE = "budgetperf-open-phase";

    private final ObjectProvider<PhaseOpener> opener;

    OpenPhaseJob(ObjectProvider<PhaseOpener> opener) {
        this.opener = opener;
    }

    /** A dated timer job for the step, to be inserted in the current command. */
    static TimerEntity timerFor(CycleStep step) {
        TimerEntity timer = new TimerEntity();
        timer.setDuedate(java.util.Date.from(step.getOpensAt()));
        timer.setJobHandlerType(TYPE);
        timer.setJobHandlerConfigurationRaw(String.valueOf(step.getId()));
        return timer;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Step step, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        opener.getObject().open(step.id());
    }

    @Override
    public Step newConfiguration(String canonicalString) {
        return new Step(Long.valueOf(canonicalString));
    }

    @Override
    public void onDelete(Step step, JobEntity jobEntity) {
        // nothing of ours hangs on the job itself
    }

    record Step(Long id) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return String.valueOf(id);
        }
    }
}
