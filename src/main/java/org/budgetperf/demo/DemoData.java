package org.budgetperf.demo;

import java.util.List;

/** The shapes of the demo data files under {@code classpath:demo/}. */
final class DemoData {

    private DemoData() {
    }

    record OrganizationEntry(String code, String name, String type, String parentCode) {
    }

    record Directory(List<GroupEntry> groups, List<UserEntry> users) {
    }

    record GroupEntry(String id, String name, String type) {
    }

    record UserEntry(String id, String firstName, String lastName, String email, List<String> groups) {
    }
}
