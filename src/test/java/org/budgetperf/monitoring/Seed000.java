package org.budgetperf.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.support.TestTargets;

/** Seed 000's table (联络与合作工作专项经费, 17.6 万元, 3.5 planned for the half year) under a code of its own. */
final class Seed000 {

    private Seed000() {
    }

    static TargetRequest table(ObjectMapper json) {
        try (InputStream in = Seed000.class.getResourceAsStream("/demo/targets/000-js-llhz-2023.json")) {
            ObjectNode table = (ObjectNode) json.readTree(in);
            table.put("code", TestTargets.uniqueCode());
            return json.treeToValue(table, TargetRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
