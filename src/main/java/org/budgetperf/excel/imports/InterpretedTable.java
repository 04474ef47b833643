package org.budgetperf.excel.imports;

import java.util.List;
import org.budgetperf.declaration.TargetRequest;

/** A table read from a workbook and turned into the request that creates it, with what is wrong or doubtful. */
record InterpretedTable(TableContent content, TargetRequest request, OrganizationRef department,
                        OrganizationRef unit, List<ImportProblem> problems) {

    boolean organizationsKnown() {
        return department != null && department.known() && unit != null && unit.known();
    }
}
