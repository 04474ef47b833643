package org.budgetperf.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.budgetperf.approval.PersonNames;
import org.budgetperf.organization.OrganizationService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is logged in, by name (surname first) and with the organizations they work for, for the pages' headers. */
@RestController
@Tag(name = "登录会话")
class SessionController {

    record OrganizationName(String code, String name) {
    }

    record SessionView(String userId, String name, List<OrganizationName> organizations) {
    }

    private final CurrentUserProvider currentUser;
    private final PersonNames names;
    private final OrganizationService organizations;

    SessionController(CurrentUserProvider currentUser, PersonNames names, OrganizationService organizations) {
        this.currentUser = currentUser;
        this.names = names;
        this.organizations = organizations;
    }

    @Operation(summary = "当前登录的人员：姓名（姓在前）和所在单位；未登录时 401")
    @GetMapping("/api/session")
    SessionView session() {
        CurrentUser user = currentUser.require();
        Set<String> codes = Set.copyOf(user.organizationCodes());
        List<OrganizationName> mine = organizations.all().stream().filter(org -> codes.contains(org.getCode()))
                .map(org -> new OrganizationName(org.getCode(), org.getName())).toList();
        return new SessionView(user.userId(), names.of(user.userId()), mine);
    }
}
