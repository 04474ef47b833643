package org.budgetperf.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.rules.DmnFileDecisions;
import org.budgetperf.support.Seed002;
import org.junit.jupiter.api.Test;

class IndicatorWeightsTest {

    private final ScoringRules rules = DmnFileDecisions.rules();

    private static List<WeightedIndicator> seed000() throws IOException {
        JsonNode table = new ObjectMapper().readTree(Path.of("src/main/resources/demo/targets/000-js-llhz-2023.json")
                .toFile());
        List<WeightedIndicator> indicators = new ArrayList<>();
        table.path("indicators").forEach(row -> indicators.add(new WeightedIndicator(row.path("level1").asText(),
                row.path("level2").asText(), row.path("level3").asText(), null)));
        return indicators;
    }

    private static List<BigDecimal> numbers(String... numbers) {
        return java.util.Arrays.stream(numbers).map(BigDecimal::new).toList();
    }

    @Test
    void seed000ByDefault() throws IOException {
        List<WeightedIndicator> indicators = seed000();
        Weights weights = IndicatorWeights.of(indicators, rules);
        assertThat(indicators).extracting(WeightedIndicator::level1).containsExactly("决策", "决策", "决策", "决策",
                "决策", "决策", "过程", "过程", "过程", "过程", "过程", "产出指标", "产出指标", "产出指标", "产出指标",
                "产出指标", "效益", "效益", "满意度", "满意度");
        assertThat(weights.indicatorMarks()).containsExactlyElementsOf(numbers("0.00", "0.00", "0.00", "0.00", "0.00",
                "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "10.00", "10.00", "10.00", "10.00", "10.00", "15.00",
                "15.00", "5.00", "5.00"));
        assertThat(weights.budgetMarks()).isEqualByComparingTo("10");
    }

    @Test
    void seed002GroupsByItsLevel2Names() {
        List<WeightedIndicator> indicators = Seed002.indicatorRows().stream()
                .map(row -> new WeightedIndicator(row.get(0), row.get(1), row.get(2), null)).toList();
        List<BigDecimal> marks = IndicatorWeights.of(indicators, rules).indicatorMarks();
        assertThat(marks.subList(0, 32)).allSatisfy(mark -> assertThat(mark).isZero());
        assertThat(marks.subList(32, 35)).containsOnly(new BigDecimal("10.00"));
        assertThat(marks.subList(35, 37)).containsOnly(new BigDecimal("5.00"));
        assertThat(marks.subList(37, 45)).containsOnly(new BigDecimal("6.25"));
    }

    @Test
    void anUnevenSplitAddsUpToTheGroupsPoints() {
        List<WeightedIndicator> indicators = List.of(new WeightedIndicator("产出指标", "数量指标", "a", null),
                new WeightedIndicator("产出指标", "数量指标", "b", null), new WeightedIndicator("效益指标", "x", "c", null),
                new WeightedIndicator("产出指标", "质量指标", "d", null), new WeightedIndicator("其他", "y", "e", null));
        assertThat(IndicatorWeights.of(indicators, rules).indicatorMarks())
                .containsExactlyElementsOf(numbers("16.67", "16.67", "30.00", "16.66", "0.00"));
    }

    @Test
    void aTablesOwnWeightsAreUsedWhenTheyMakeOneHundredWithTheBudget() {
        List<WeightedIndicator> indicators = List.of(new WeightedIndicator("产出指标", "数量指标", "a", new BigDecimal("60")),
                new WeightedIndicator("效益指标", "社会效益指标", "b", new BigDecimal("20")),
                new WeightedIndicator("满意度指标", "服务对象满意度指标", "c", new BigDecimal("10")));
        assertThat(IndicatorWeights.of(indicators, rules).indicatorMarks()).containsExactlyElementsOf(numbers("60", "20",
                "10"));
    }

    @Test
    void aTablesOwnWeightsThatDoNotAddUpAreRefusedNamingTheLevel() {
        List<WeightedIndicator> indicators = List.of(new WeightedIndicator("产出指标", "数量指标", "a", new BigDecimal("60")),
                new WeightedIndicator("效益指标", "社会效益指标", "b", new BigDecimal("25.5")),
                new WeightedIndicator("满意度指标", "服务对象满意度指标", "c", new BigDecimal("10")));
        assertThatThrownBy(() -> IndicatorWeights.of(indicators, rules)).isInstanceOf(WeightsRejected.class)
                .hasMessage("三级指标分值合计95.5分，加预算执行10分，应为100分");
    }

    @Test
    void aTablesOwnWeightsMustBeGivenForEveryIndicator() {
        List<WeightedIndicator> indicators = List.of(new WeightedIndicator("产出指标", "数量指标", "a", new BigDecimal("90")),
                new WeightedIndicator("效益指标", "社会效益指标", "开展志愿服务活动", null));
        assertThatThrownBy(() -> IndicatorWeights.of(indicators, rules)).isInstanceOf(WeightsRejected.class)
                .hasMessage("三级指标“开展志愿服务活动”未填分值：一张表的三级指标分值要么都填，要么都不填");
    }
}
