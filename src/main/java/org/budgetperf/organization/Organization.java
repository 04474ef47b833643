package org.budgetperf.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.NaturalId;

/** A finance bureau, supervising department or implementing unit. Its Camunda group is {@link #groupId()}. */
@Entity
@Table(name = "pt_organization")
public class Organization {

    public static final String GROUP_PREFIX = "org-";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_organization_seq")
    @SequenceGenerator(name = "pt_organization_seq", sequenceName = "pt_organization_seq", allocationSize = 50)
    private Long id;

    @NaturalId
    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 20)
    private OrganizationType type;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    protected Organization() {
    }

    public Organization(String code, String name, OrganizationType type, Organization parent) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.parent = parent;
    }

    public static String groupIdOf(String code) {
        return GROUP_PREFIX + code;
    }

    public String groupId() {
        return groupIdOf(code);
    }

    /** The nearest organization of the given type on the way up, this one included. */
    public Organization nearest(OrganizationType wanted) {
        for (Organization org = this; org != null; org = org.parent) {
            if (org.type == wanted) {
                return org;
            }
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganizationType getType() {
        return type;
    }

    public Organization getParent() {
        return parent;
    }
}
