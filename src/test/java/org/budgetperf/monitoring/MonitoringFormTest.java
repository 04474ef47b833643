package org.budgetperf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetperf.cycle.CyclePhase;
import org.budgetperf.cycle.CycleStepRepository;
import org.budgetperf.cycle.CycleStepsForTests;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Camunda Form's variables, the form's keys, and the completed form read back as a report. */
@IntegrationTest
class MonitoringFormTest {

    @Autowired
    MonitoringFormData formData;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    TargetService targets;
    @Autowired
    CycleStepRepository steps;
    @Autowired
    ObjectMapper json;

    @Test
    void theFormsListsAreTheVariablesAndTheRequestsFields() throws IOException {
        JsonNode form = json.readTree(Files.readString(Path.of("forms/monitoring-report.form")));
        Map<String, Object> variables = formData.variables(seedTable());
        assertThat(variables).containsOnlyKeys("monitoringSummary", "indicators", "funds");

        JsonNode indicators = list(form, "indicators");
        JsonNode items = spin(variables, "indicators");
        assertThat(items).hasSize(20);
        assertThat(keys(indicators)).isEqualTo(fieldNames(items.get(0)));
        assertThat(keys(indicators)).containsAll(components(MonitoringRequest.IndicatorLine.class));
        assertThat(items.get(11).path("level3").asText()).isEqualTo("组织交流活动");
        assertThat(items.get(11).path("halfYearValue").asText()).isEqualTo("≥0次");
        assertThat(items.get(11).path("indicatorId").asLong()).isPositive();

        JsonNode funds = list(form, "funds");
        JsonNode fundItems = spin(variables, "funds");
        assertThat(keys(funds)).isEqualTo(fieldNames(fundItems.get(0)));
        assertThat(keys(funds)).containsAll(components(MonitoringRequest.FundLine.class));
        assertThat(fundItems.get(0).path("source").asText()).isEqualTo("资金总额");
        assertThat(fundItems.get(0).path("planned").asText()).isEqualTo("3.5");
    }

    /** form-js renders only the first items of a collapsed list, and submits only what it renders. */
    @Test
    void theYearFormsShowEveryLineOfTheirLists() throws IOException {
        for (String form : List.of("forms/monitoring-report.form", "forms/self-evaluation-report.form")) {
            for (JsonNode component : json.readTree(Files.readString(Path.of(form))).path("components")) {
                if ("dynamiclist".equals(component.path("type").asText())) {
                    assertThat(component.path("disableCollapse").asBoolean()).as(form + " " + component.path("path"))
                            .isTrue();
                }
            }
        }
    }

    @Test
    void theCompletedFormReadsAsARequestAndIsSubmitted() throws IOException {
        long id = seedTable();
        CycleStepsForTests.open(steps, id, CyclePhase.MONITORING);
        Map<String, Object> variables = formData.variables(id);
        ObjectNode completed = json.createObjectNode();
        completed.set("indicators", spin(variables, "indicators"));
        completed.set("funds", spin(variables, "funds"));
        completed.withArray("indicators").forEach(item -> ((ObjectNode) item)
                .put("halfYearActual", item.path("halfYearValue").asText()).put("statement", "ON_PLAN"));
        completed.withArray("funds").forEach(item -> ((ObjectNode) item).put("executed", 3.5));
        ((ObjectNode) completed.withArray("indicators").get(0)).put("statement", "");

        MonitoringRequest request = json.treeToValue(completed, MonitoringRequest.class);
        MonitoringView view = monitoring.submit(id, request, TestTargets.user("unit-staff"));
        assertThat(view.submitted()).isTrue();
        assertThat(view.indicators().get(0).statement()).isNull();
        assertThat(view.indicators().get(1).statementLabel()).isEqualTo("按计划推进");

        JsonNode again = spin(formData.variables(id), "indicators");
        assertThat(again.get(1).path("statement").asText()).isEqualTo("ON_PLAN");
        assertThat(again.get(1).path("halfYearActual").asText()).isEqualTo("充分");
    }

    @Test
    void textsShownInMarkdownAreLiteral() {
        TargetRequest r = TestTargets.projectNamed(TestTargets.JS_UNIT, "# 已通过 [点此](http://evil.example)", "<p>目标</p>");
        long id = targets.create(r, TestTargets.user("unit-staff")).getId();
        JsonNode summary = spin(formData.variables(id), "monitoringSummary");
        assertThat(summary.path("name").asText()).isEqualTo("\\# 已通过 \\[点此\\]\\(http\\:\\/\\/evil\\.example\\)");
    }

    private long seedTable() {
        return targets.create(Seed000.table(json), TestTargets.user("unit-staff")).getId();
    }

    private JsonNode spin(Map<String, Object> variables, String name) {
        try {
            return json.readTree(((JsonValue) variables.get(name)).getValueSerialized());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode list(JsonNode form, String path) {
        for (JsonNode component : form.path("components")) {
            if ("dynamiclist".equals(component.path("type").asText()) && path.equals(component.path("path").asText())) {
                return component;
            }
        }
        throw new AssertionError("no dynamic list " + path);
    }

    private static Set<String> keys(JsonNode list) {
        Set<String> keys = new HashSet<>();
        list.path("components").forEach(field -> keys.add(field.path("key").asText()));
        return keys;
    }

    private static Set<String> fieldNames(JsonNode item) {
        Set<String> names = new HashSet<>();
        item.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<? extends Record> type) {
        Set<String> names = new HashSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(component -> names.add(component.getName()));
        return names;
    }
}
