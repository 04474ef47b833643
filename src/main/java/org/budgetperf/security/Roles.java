package org.budgetperf.security;

/** Role groups; they exist both in the embedded identity and in the Keycloak realm. */
public final class Roles {

    public static final String PREPARER = "preparer";
    public static final String REVIEWER = "reviewer";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "camunda-admin";

    private Roles() {
    }
}
