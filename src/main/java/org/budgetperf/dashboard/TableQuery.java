package org.budgetperf.dashboard;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetperf.common.BadRequestException;

/**
 * The list's filters and order as asked: {@code q} (code or name contains), {@code stage}, and {@code sort} as
 * {@code field} or {@code field,asc|desc}; every sort column is indexed with the budget year, ties broken by id.
 */
record TableQuery(String q, DashboardStage stage, String orderBy) {

    static final int MAX_Q = 100;

    private static final String STAGE_ORDER = Arrays.stream(DashboardStage.values())
            .map(stage -> "when '" + stage.name() + "' then " + stage.ordinal())
            .collect(Collectors.joining(" ", "case d.stage ", " end"));

    private static final Map<String, String> COLUMNS = Map.of("code", "d.code", "name", "d.name",
            "unitName", "d.unit_name", "stage", STAGE_ORDER, "since", "d.stage_since", "totalBudget", "d.total_budget");

    static TableQuery of(String q, String stage, String sort) {
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > MAX_Q) {
            throw new BadRequestException("q", "搜索内容不能超过 " + MAX_Q + " 个字");
        }
        return new TableQuery(text == null || text.isEmpty() ? null : text, stage(stage), orderBy(sort));
    }

    private static DashboardStage stage(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        return Arrays.stream(DashboardStage.values()).filter(s -> s.name().equals(stage.strip())).findFirst()
                .orElseThrow(() -> new BadRequestException("stage", "未知的阶段：" + stage + "，可选："
                        + Arrays.stream(DashboardStage.values()).map(s -> s.name() + "（" + s.label() + "）")
                        .collect(Collectors.joining("、"))));
    }

    private static String orderBy(String sort) {
        String[] parts = (sort == null || sort.isBlank() ? "code" : sort.strip()).split(",", -1);
        String column = COLUMNS.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase() : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new BadRequestException("sort", "排序方式应为 code、name、unitName、stage、since 或 totalBudget，"
                    + "可加 ,asc 或 ,desc：" + sort);
        }
        return column + " " + direction + ", d.target_id " + direction;
    }

    /** The LIKE pattern for {@code q}, its wildcards taken literally. */
    String pattern() {
        return q == null ? null : "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    String condition() {
        return (stage == null ? "" : " and d.stage = :stage")
                + (q == null ? "" : " and (d.code like :q escape '!' or d.name like :q escape '!')");
    }

    Map<String, Object> parameters(Map<String, Object> scope) {
        Map<String, Object> parameters = new java.util.HashMap<>(scope);
        if (stage != null) {
            parameters.put("stage", stage.name());
        }
        if (q != null) {
            parameters.put("q", pattern());
        }
        return parameters;
    }
}
