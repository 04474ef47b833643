package org.budgetperf.declaration;

import java.math.BigDecimal;
import java.time.Instant;

public record TargetSummary(Long id, String code, int budgetYear, TargetType type, String typeLabel, String name,
                            TargetStatus status, String statusLabel, Instant statusSince, int versionNo,
                            String departmentName, String unitName, BigDecimal totalBudget, String fundUnit) {
}
