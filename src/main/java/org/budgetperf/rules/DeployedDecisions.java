package org.budgetperf.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetperf.approval.TrustedEngineCalls;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of each decision, evaluated with the DMN engine on its own. Not through
 * {@code DecisionService}: with full history that writes three history rows per evaluation, and a view evaluates
 * a dozen (in a read-only transaction, which PostgreSQL refuses to write in). A parsed decision is kept per
 * decision definition id, so a redeployed file is picked up by the next evaluation.
 */
@Component
public class DeployedDecisions implements Decisions {

    private final RepositoryService repository;
    private final TrustedEngineCalls trusted;
    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    public DeployedDecisions(RepositoryService repository, TrustedEngineCalls trusted) {
        this.repository = repository;
        this.trusted = trusted;
    }

    @Override
    public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
        return engine.evaluateDecision(latest(decisionKey), variables);
    }

    private DmnDecision latest(String decisionKey) {
        return trusted.call(() -> {
            DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                    .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
            if (definition == null) {
                throw new IllegalStateException("decision " + decisionKey + " of " + RESOURCE + " is not deployed");
            }
            return parsed.computeIfAbsent(definition.getId(),
                    id -> engine.parseDecision(decisionKey, repository.getDmnModelInstance(id)));
        });
    }
}
