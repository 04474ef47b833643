package org.budgetperf.organization;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.budgetperf.common.BadRequestException;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final EntityManager entityManager;

    public OrganizationService(OrganizationRepository organizations, EntityManager entityManager) {
        this.organizations = organizations;
        this.entityManager = entityManager;
    }

    /** By natural id, so that a transaction touching the same organization many times (an import) asks once. */
    public Organization require(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new BadRequestException(field, "单位编码不能为空");
        }
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Organization.class).loadOptional(code.trim())
                .orElseThrow(() -> new BadRequestException(field, "未知的单位编码：" + code));
    }

    /** The organization a document names, by code or by its exact name; empty when unknown or ambiguous. */
    public Optional<Organization> findByCodeOrName(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String written = text.strip();
        Optional<Organization> byCode = organizations.findByCode(written);
        if (byCode.isPresent()) {
            return byCode;
        }
        List<Organization> byName = organizations.findByName(written);
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
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
