package org.budgetperf.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine keeps full history, except the variables of the tables' processes and their form submissions: in those
 * processes a variable only carries a submission (a decision, a report's lists) to the listener that records it in
 * the tables of the application (decisions, reports) and removes it. Their history repeated each decision, mostly
 * as empty fields, in about fifteen rows per table (act_hi_varinst, act_hi_detail) that nobody reads.
 */
@Component
public class TableVariablesOutOfHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new WithoutTableVariables());
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    static final class WithoutTableVariables extends DbHistoryEventHandler {
        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricDetailEventEntity && TableProcesses.KEYS.contains(
                    event.getProcessDefinitionKey())) {
                return;
            }
            super.handleEvent(event);
        }
    }
}
