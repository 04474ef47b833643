package org.budgetperf.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.budgetperf.calculation.Light;

/**
 * The department's judgement of the monitoring lines no rule can light (free-text indicators): a light and why, per
 * indicator. The Camunda Form {@code judge-monitoring} submits a list {@code judgements} of these keys.
 */
public record JudgementRequest(@Valid List<@NotNull(message = "评定行不能为空") Line> judgements) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(
            @NotNull(message = "请指明指标（indicatorId）") Long indicatorId,
            @NotNull(message = "请选择预警等级（绿灯、黄灯或红灯）") Light light,
            @Size(max = 2000, message = "评定意见最长2000字") String comment) {
    }
}
