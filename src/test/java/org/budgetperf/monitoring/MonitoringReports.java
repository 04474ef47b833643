package org.budgetperf.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reports a unit submits through {@code PUT /api/targets/{id}/monitoring}, built from the blank report. */
final class MonitoringReports {

    private MonitoringReports() {
    }

    /** Everything on schedule: each indicator at its half-year target as written, 3.5 executed of every source. */
    static ObjectNode onSchedule(JsonNode blank, ObjectMapper json) {
        ObjectNode report = json.createObjectNode();
        ArrayNode indicators = report.putArray("indicators");
        for (JsonNode indicator : blank.path("indicators")) {
            ObjectNode line = indicators.addObject().put("indicatorId", indicator.path("indicatorId").asLong());
            if ("组织交流活动".equals(indicator.path("level3").asText())) {
                line.put("halfYearActual", "1次").put("expectedFullYear", "2次");
            } else {
                line.put("halfYearActual", indicator.path("halfYearValue").asText(""))
                        .put("expectedFullYear", indicator.path("fullYearValue").asText())
                        .put("statement", "ON_PLAN");
            }
        }
        ArrayNode funds = report.putArray("funds");
        for (JsonNode fund : blank.path("funds")) {
            funds.addObject().put("source", fund.path("source").asText()).put("executed", 3.5);
        }
        return report;
    }
}
