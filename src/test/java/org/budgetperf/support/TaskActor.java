package org.budgetperf.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Completes an instance's open task the way the Tasklist does: the form's fields as variables, the engine
 * authenticated as the demo user with its groups (which the decision listener checks).
 */
public final class TaskActor {

    private TaskActor() {
    }

    public static void act(IdentityService identity, ProcessInstance instance, String user, String decision,
                           Object... fieldsAndValues) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            variables.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        identity.setAuthentication(user, TestTargets.GROUPS.get(user));
        try {
            complete(task(instance), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
