package org.budgetperf.rules;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;

/** Evaluates one decision of {@code bpmn/performance-rules.dmn} by its id. */
public interface Decisions {

    String RESOURCE = "bpmn/performance-rules.dmn";

    DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables);
}
