package org.budgetperf.declaration;

import org.budgetperf.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads tables for the process engine's side, where access was checked when the task was handed out. */
@Service
@Transactional(readOnly = true)
public class TargetQueries {

    private final PerformanceTargetRepository targets;
    private final TargetViews views;

    public TargetQueries(PerformanceTargetRepository targets, TargetViews views) {
        this.targets = targets;
        this.views = views;
    }

    public PerformanceTarget find(Long id) {
        return targets.findById(id).orElseThrow(() -> new NotFoundException("绩效目标表不存在：" + id));
    }

    public boolean exists(String code, int budgetYear) {
        return targets.existsByCodeAndBudgetYear(code, budgetYear);
    }

    public TargetDetails details(Long id) {
        return views.details(find(id));
    }
}
