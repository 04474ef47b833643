package org.budgetperf.organization;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organizations")
public class OrganizationController {

    private final OrganizationService organizations;

    public OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    public List<OrganizationView> list() {
        return organizations.all().stream().map(OrganizationView::of).toList();
    }

    public record OrganizationView(String code, String name, OrganizationType type, String typeLabel, String parentCode,
                                   String groupId) {
        public static OrganizationView of(Organization org) {
            return new OrganizationView(org.getCode(), org.getName(), org.getType(), org.getType().label(),
                    org.getParent() == null ? null : org.getParent().getCode(), org.groupId());
        }
    }
}
