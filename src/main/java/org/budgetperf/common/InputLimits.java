package org.budgetperf.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a JSON request may carry ({@code budgetperf.limits.*}): the body's size, the lines of a table,
 * and the length of its long texts (the short ones are bounded by their columns). The published tables have at
 * most 20 indicators, 8 fund lines, 2 duty goals and 612 characters in a text, and 14 KB of JSON.
 */
@ConfigurationProperties("budgetperf.limits")
public record InputLimits(DataSize maxJsonBody, Integer maxIndicators, Integer maxFundLines, Integer maxExpenditures,
                          Integer maxDutyGoals, Integer maxRichTextLength, Integer maxTextLength) {

    public InputLimits {
        maxJsonBody = maxJsonBody == null ? DataSize.ofMegabytes(2) : maxJsonBody;
        maxIndicators = maxIndicators == null ? 500 : maxIndicators;
        maxFundLines = maxFundLines == null ? 50 : maxFundLines;
        maxExpenditures = maxExpenditures == null ? 200 : maxExpenditures;
        maxDutyGoals = maxDutyGoals == null ? 200 : maxDutyGoals;
        maxRichTextLength = maxRichTextLength == null ? 20_000 : maxRichTextLength;
        maxTextLength = maxTextLength == null ? 4_000 : maxTextLength;
    }
}
