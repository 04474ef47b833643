package org.budgetperf.calculation;

/**
 * The weight group of an indicator: its level-1 name without a trailing 指标 ({@code 产出指标} is {@code 产出}) when
 * the rules give that group points, else its level-2 name likewise (seed 002 files 决策, 过程, 效益, 满意度 and
 * 履职 as level-2 names under one level-1 name, 分解目标), else the level-1 name.
 */
final class WeightGroups {

    private static final String SUFFIX = "指标";

    private WeightGroups() {
    }

    static String groupOf(String level1, String level2, ScoringRules rules) {
        String first = name(level1);
        if (rules.groupPoints(first).isPresent()) {
            return first;
        }
        String second = name(level2);
        return rules.groupPoints(second).isPresent() ? second : first;
    }

    private static String name(String level) {
        String name = level == null ? "" : level.strip();
        return name.endsWith(SUFFIX) && name.length() > SUFFIX.length()
                ? name.substring(0, name.length() - SUFFIX.length())
                : name;
    }
}
