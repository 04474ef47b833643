package org.budgetperf.excel.imports;

/** An organization as the workbook writes it, and the registered organization it stands for (if any). */
public record OrganizationRef(String asWritten, String code, String name, boolean known) {

    static OrganizationRef unknown(String asWritten) {
        return new OrganizationRef(asWritten, null, null, false);
    }
}
