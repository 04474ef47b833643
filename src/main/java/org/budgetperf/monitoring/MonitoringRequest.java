package org.budgetperf.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.budgetperf.calculation.ProgressStatement;
import org.budgetperf.declaration.FundSource;

/**
 * A half-year monitoring report as the unit gives it: one line per indicator of the table, named by its id, and
 * one per fund source with money in it (in the table's money unit), named by its name or its label. The Camunda Form {@code monitoring-report}
 * submits lists of these names and keys; the read-only keys it shows besides (names, targets) are ignored.
 */
public record MonitoringRequest(
        @Valid List<@NotNull(message = "指标行不能为空") IndicatorLine> indicators,
        @Valid List<@NotNull(message = "资金行不能为空") FundLine> funds) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorLine(
            @NotNull(message = "请指明指标（indicatorId）") Long indicatorId,
            @Size(max = 1000, message = "1-6月完成值最长1000字") String halfYearActual,
            @Size(max = 1000, message = "全年预计完成值最长1000字") String expectedFullYear,
            @JsonDeserialize(using = StatementReader.class) ProgressStatement statement,
            String cause,
            String measures) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FundLine(
            @NotNull(message = "请指明资金来源（source）") @JsonDeserialize(using = FundSourceReader.class)
            FundSource source,
            @NotNull(message = "1-6月实际执行数不能为空")
            @DecimalMin(value = "0", message = "1-6月实际执行数不能为负数")
            @Digits(integer = 14, fraction = 20, message = "1-6月实际执行数格式不正确") BigDecimal executed) {
    }
}
