package org.budgetperf.excel.imports;

import java.util.Map;

/**
 * What the importing user adds to the workbook: the budget year for tables that do not state one, and the
 * registered organization code for each organization name the system does not know yet.
 */
public record ImportOptions(Integer year, Map<String, String> organizationMapping) {

    public ImportOptions {
        organizationMapping = organizationMapping == null ? Map.of() : Map.copyOf(organizationMapping);
    }
}
