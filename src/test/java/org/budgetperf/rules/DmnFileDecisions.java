package org.budgetperf.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The real {@code bpmn/performance-rules.dmn} on the standalone DMN engine: no Spring, no process engine. */
public final class DmnFileDecisions implements Decisions {

    private final Map<String, DmnDecision> decisions;
    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    public DmnFileDecisions() {
        try (InputStream file = Files.newInputStream(Path.of(RESOURCE))) {
            List<DmnDecision> parsed = engine.parseDecisions(file);
            decisions = parsed.stream().collect(Collectors.toMap(DmnDecision::getKey, decision -> decision));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules as the application reads them, from the file as it is. */
    public static PerformanceRules rules() {
        return new PerformanceRules(new DmnFileDecisions());
    }

    Map<String, DmnDecision> all() {
        return decisions;
    }

    @Override
    public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
        return engine.evaluateDecision(decisions.get(decisionKey), variables);
    }
}
