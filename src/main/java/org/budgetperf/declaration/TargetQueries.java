package org.budgetperf.declaration;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetperf.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads tables for the process engine's side, where access was checked when the task was handed out. */
@Service
@Transactional(readOnly = true)
public class TargetQueries {

    private static final Object IDS_BY_KEY = new Object();

    private final PerformanceTargetRepository targets;
    private final TargetViews views;

    public TargetQueries(PerformanceTargetRepository targets, TargetViews views) {
        this.targets = targets;
        this.views = views;
    }

    public PerformanceTarget find(Long id) {
        return targets.findById(id).orElseThrow(() -> new NotFoundException("绩效目标表不存在：" + id));
    }

    /**
     * The table a process instance is about: its business key is the table's code and budget year. The engine's
     * listeners of one request ask for it many times; after the first, the transaction's persistence context answers.
     */
    public PerformanceTarget byBusinessKey(String businessKey) {
        Map<String, Long> known = idsKnownInThisTransaction();
        Long id = known.get(businessKey);
        PerformanceTarget target = id == null ? null : targets.findById(id).orElse(null);
        if (target != null && target.businessKey().equals(businessKey)) {
            return target;
        }
        BusinessKey key = BusinessKey.parse(businessKey);
        target = targets.findByCodeAndBudgetYear(key.code(), key.budgetYear())
                .orElseThrow(() -> new NotFoundException("业务键对应的绩效目标表不存在：" + businessKey));
        known.put(businessKey, target.getId());
        return target;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> idsKnownInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<String, Long> known = (Map<String, Long>) TransactionSynchronizationManager.getResource(IDS_BY_KEY);
        if (known == null) {
            Map<String, Long> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(IDS_BY_KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(IDS_BY_KEY);
                }
            });
            known = created;
        }
        return known;
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
