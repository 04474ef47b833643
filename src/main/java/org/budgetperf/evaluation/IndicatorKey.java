package org.budgetperf.evaluation;

import org.budgetperf.declaration.TargetDetails.IndicatorView;

/** An indicator's place in the tree: level-1, level-2 and level-3 names, without surrounding white space. */
public record IndicatorKey(String level1, String level2, String level3) {

    public IndicatorKey {
        level1 = strip(level1);
        level2 = strip(level2);
        level3 = strip(level3);
    }

    public static IndicatorKey of(IndicatorView indicator) {
        return new IndicatorKey(indicator.level1(), indicator.level2(), indicator.level3());
    }

    @Override
    public String toString() {
        return level1 + " / " + level2 + " / " + level3;
    }

    private static String strip(String name) {
        return name == null ? "" : name.strip();
    }
}
