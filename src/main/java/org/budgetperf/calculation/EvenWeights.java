package org.budgetperf.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default weights (财预〔2020〕10号): each group's points (产出 50, 效益 30, 满意度 10 …) split evenly over its
 * level-3 indicators, to the cent; the cents an even split leaves over go one each to the group's first
 * indicators, so that the marks add up to the group's points exactly (50 over 3 is 16.67, 16.67, 16.66). A group
 * the rules give no points (决策, 过程 by default, or an unknown name) carries 0.
 */
final class EvenWeights {

    private static final BigDecimal CENT = BigDecimal.ONE.movePointLeft(Rounding.DECIMALS);

    private EvenWeights() {
    }

    static List<BigDecimal> split(List<String> groups, ScoringRules rules) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        groups.forEach(group -> sizes.merge(group, 1, Integer::sum));
        Map<String, Integer> handedOut = new LinkedHashMap<>();
        List<BigDecimal> marks = new ArrayList<>();
        for (String group : groups) {
            BigDecimal points = rules.groupPoints(group).orElse(BigDecimal.ZERO);
            int size = sizes.get(group);
            BigDecimal each = points.divide(BigDecimal.valueOf(size), Rounding.DECIMALS, RoundingMode.DOWN);
            int centsLeft = points.subtract(each.multiply(BigDecimal.valueOf(size))).divide(CENT).intValue();
            int index = handedOut.merge(group, 1, Integer::sum);
            marks.add(index <= centsLeft ? each.add(CENT) : each);
        }
        return marks;
    }
}
