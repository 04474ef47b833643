package org.budgetperf.notification;

import java.util.HashSet;
import java.util.Set;
import org.budgetperf.security.CurrentUser;

/**
 * Where a notification goes: a Camunda group (everyone in it), or one person, addressed as {@code user:<id>} so that
 * both live in the same column and one query finds a person's own and their groups' notifications.
 */
public final class Recipients {

    private static final String PERSON_PREFIX = "user:";

    private Recipients() {
    }

    public static String person(String userId) {
        return PERSON_PREFIX + userId;
    }

    /** The person's user id if the address is a person's, else null. */
    public static String personOf(String address) {
        return address.startsWith(PERSON_PREFIX) ? address.substring(PERSON_PREFIX.length()) : null;
    }

    /** Every address whose notifications the person receives: their groups and themselves. */
    static Set<String> of(CurrentUser user) {
        Set<String> addresses = new HashSet<>(user.groupIds());
        addresses.add(person(user.userId()));
        return addresses;
    }
}
