package org.budgetperf.approval;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People by name as Chinese readers expect it: surname first, no space (王晓). The one rule for every page and for
 * both identity stores: last name, then first name. The embedded demo users and the Keycloak realm both hold the whole
 * name as the first name with no last name (so that the Camunda webapps' header, which prints first name, a space and
 * last name, reads 王晓 too); a store that splits it (first name 晓, last name 王) still gives 王晓. Names written in
 * Latin letters keep their own order (John Smith). Someone the store does not know is shown by login id; the
 * application's pages, task cards, the approval history and {@code /api/session} all take names from here.
 */
@Component
public class PersonNames {

    private final IdentityService identity;
    private final TrustedEngineCalls trusted;

    public PersonNames(IdentityService identity, TrustedEngineCalls trusted) {
        this.identity = identity;
        this.trusted = trusted;
    }

    public String of(String userId) {
        return of(Set.of(userId)).get(userId);
    }

    /** Every given login id with its name; the people are read whoever asks (a unit may not list other users). */
    public Map<String, String> of(Collection<String> userIds) {
        Set<String> ids = userIds.stream().filter(id -> id != null).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        ids.forEach(id -> names.put(id, id));
        if (!ids.isEmpty()) {
            trusted.call(() -> identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list())
                    .forEach(user -> names.put(user.getId(), fullName(user)));
        }
        return names;
    }

    static String fullName(User user) {
        String first = blankToEmpty(user.getFirstName());
        String last = blankToEmpty(user.getLastName());
        if (first.isEmpty() && last.isEmpty()) {
            return user.getId();
        }
        if (isLatin(first) && isLatin(last) && !first.isEmpty() && !last.isEmpty()) {
            return first + " " + last;
        }
        return last + first;
    }

    private static boolean isLatin(String name) {
        return name.chars().allMatch(c -> c < 0x0250);
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
