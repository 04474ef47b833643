package org.budgetperf.excel.imports;

/** What the tables of one import share: the user's options, the codes handed out so far, the organizations found. */
record ImportScope(ImportOptions options, TargetCodes codes, OrganizationMatcher organizations) {
}
