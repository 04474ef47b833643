package org.budgetperf.declaration;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.common.TransactionMemo;
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
        PerformanceTarget target = targets.findById(id).orElseThrow(() -> new NotFoundException("绩效目标表不存在：" + id));
        TransactionMemo.remember(memoKey(target.businessKey()), id);
        return target;
    }

    /** The table a process instance is about: its business key is the table's code and budget year. */
    public PerformanceTarget byBusinessKey(String businessKey) {
        BusinessKey key = BusinessKey.parse(businessKey);
        return TransactionMemo.find(memoKey(businessKey),
                        id -> targets.findById(id).filter(target -> target.businessKey().equals(businessKey)),
                        () -> targets.findByCodeAndBudgetYear(key.code(), key.budgetYear()), PerformanceTarget::getId)
                .orElseThrow(() -> new NotFoundException("业务键对应的绩效目标表不存在：" + businessKey));
    }

    private static String memoKey(String businessKey) {
        return "target:" + businessKey;
    }

    public List<PerformanceTarget> byBusinessKeys(Collection<String> businessKeys) {
        Set<String> keys = Set.copyOf(businessKeys);
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<String> codes = keys.stream().map(key -> BusinessKey.parse(key).code()).collect(Collectors.toSet());
        return targets.findByCodeIn(codes).stream().filter(target -> keys.contains(target.businessKey())).toList();
    }

    public boolean exists(String code, int budgetYear) {
        return targets.existsByCodeAndBudgetYear(code, budgetYear);
    }

    public TargetDetails details(Long id) {
        return views.details(find(id));
    }
}
