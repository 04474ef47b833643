package org.budgetperf.cycle;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Registers the job that opens a phase with the engine (the opener is looked up when a job runs: it needs the engine). */
@Component
public class CycleJobs extends AbstractProcessEnginePlugin {

    private final ObjectProvider<PhaseOpener> opener;

    public CycleJobs(ObjectProvider<PhaseOpener> opener) {
        this.opener = opener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = new ArrayList<>();
        if (configuration.getCustomJobHandlers() != null) {
            handlers.addAll(configuration.getCustomJobHandlers());
        }
        handlers.add(new OpenPhaseJob(opener));
        configuration.setCustomJobHandlers(handlers);
    }
}
