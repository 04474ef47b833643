package org.budgetperf.organization;

import java.util.List;
import org.budgetperf.common.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository organizations;

    public OrganizationService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public Organization require(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new BadRequestException(field, "单位编码不能为空");
        }
        return organizations.findByCode(code.trim())
                .orElseThrow(() -> new BadRequestException(field, "未知的单位编码：" + code));
    }

    public List<Organization> all() {
        return organizations.findAllByOrderByCodeAsc();
    }

    @Transactional
    public Organization createIfAbsent(String code, String name, OrganizationType type, String parentCode) {
        return organizations.findByCode(code).orElseGet(() -> {
            Organization parent = parentCode == null ? null : require("parentCode", parentCode);
            return organizations.save(new Organization(code, name, type, parent));
        });
    }
}
