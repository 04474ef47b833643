package org.budgetperf.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Adds a listener to the engine's model parsing, after its own, keeping those other plugins added. */
public final class ParseListeners {

    private ParseListeners() {
    }

    public static void addAfterEngines(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(listener);
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
