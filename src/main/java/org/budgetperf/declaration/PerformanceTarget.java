package org.budgetperf.declaration;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.budgetperf.organization.Organization;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 绩效目标表. Its status is changed only by {@link TargetLifecycle}, which the approval process drives. */
@Entity
@Table(name = "pt_target")
public class PerformanceTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_target_seq")
    @SequenceGenerator(name = "pt_target_seq", sequenceName = "pt_target_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(name = "budget_year", nullable = false)
    private int budgetYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, length = 20)
    private TargetType type;

    @Column(nullable = false, length = 300)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "department_id")
    private Organization department;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    private Organization unit;

    @Column(length = 100)
    private String category;

    @Column(name = "project_level", length = 100)
    private String projectLevel;

    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "end_year")
    private Integer endYear;

    @Column(name = "responsible_person", length = 100)
    private String responsiblePerson;

    @Column(name = "contact_phone", length = 100)
    private String contactPhone;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String rationale;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String feasibility;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String content;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(name = "mid_long_term_goal")
    private String midLongTermGoal;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(name = "annual_goal")
    private String annualGoal;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String duties;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(name = "key_tasks")
    private String keyTasks;

    @Column(name = "fund_unit", nullable = false, length = 10)
    private String fundUnit;

    @Column(name = "basic_expenditure", precision = 20, scale = 6)
    private BigDecimal basicExpenditure;

    @Column(name = "project_expenditure", precision = 20, scale = 6)
    private BigDecimal projectExpenditure;

    @Column(name = "head_count")
    private Integer headCount;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String assets;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "target_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<FundLine> funds = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "target_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<TargetIndicator> indicators = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "target_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<DutyGoal> dutyGoals = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TargetStatus status = TargetStatus.DRAFT;

    /** The number of the version being prepared or, once approved, the approved one. */
    @Column(name = "version_no", nullable = false)
    private int versionNo = 1;

    @Column(name = "created_by", length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected PerformanceTarget() {
    }

    PerformanceTarget(String code, int budgetYear, TargetType type, String createdBy) {
        this.code = code;
        this.budgetYear = budgetYear;
        this.type = type;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.statusSince = createdAt;
    }

    /** Business key of the target's process instances: code and budget year. */
    public String businessKey() {
        return new BusinessKey(code, budgetYear).toString();
    }

    public Organization financeBureau() {
        return department.nearest(org.budgetperf.organization.OrganizationType.FINANCE);
    }

    /** A department's own table (本级) has no supervising step above it. */
    public boolean isDepartmentsOwn() {
        return unit.getId().equals(department.getId());
    }

    void moveTo(TargetStatus next) {
        this.status = next;
        this.statusSince = Instant.now();
    }

    void numberVersion(int versionNo) {
        this.versionNo = versionNo;
    }

    void touch() {
        this.updatedAt = Instant.now();
    }

    void describe(String name, Organization department, Organization unit, String category, String projectLevel,
                  Integer startYear, Integer endYear, String responsiblePerson, String contactPhone) {
        this.name = name;
        this.department = department;
        this.unit = unit;
        this.category = category;
        this.projectLevel = projectLevel;
        this.startYear = startYear;
        this.endYear = endYear;
        this.responsiblePerson = responsiblePerson;
        this.contactPhone = contactPhone;
    }

    void narrate(String rationale, String feasibility, String content, String midLongTermGoal, String annualGoal,
                 String duties, String keyTasks, String assets) {
        this.rationale = rationale;
        this.feasibility = feasibility;
        this.content = content;
        this.midLongTermGoal = midLongTermGoal;
        this.annualGoal = annualGoal;
        this.duties = duties;
        this.keyTasks = keyTasks;
        this.assets = assets;
    }

    void budget(String fundUnit, BigDecimal basicExpenditure, BigDecimal projectExpenditure, Integer headCount,
                List<FundLine> funds, List<DutyGoal> dutyGoals) {
        this.fundUnit = fundUnit;
        this.basicExpenditure = basicExpenditure;
        this.projectExpenditure = projectExpenditure;
        this.headCount = headCount;
        this.funds.clear();
        this.funds.addAll(funds);
        this.dutyGoals.clear();
        this.dutyGoals.addAll(dutyGoals);
    }

    void replaceIndicators(List<TargetIndicator> rows) {
        this.indicators.clear();
        this.indicators.addAll(rows);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getBudgetYear() {
        return budgetYear;
    }

    public TargetType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public Organization getDepartment() {
        return department;
    }

    public Organization getUnit() {
        return unit;
    }

    public String getCategory() {
        return category;
    }

    public String getProjectLevel() {
        return projectLevel;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getRationale() {
        return rationale;
    }

    public String getFeasibility() {
        return feasibility;
    }

    public String getContent() {
        return content;
    }

    public String getMidLongTermGoal() {
        return midLongTermGoal;
    }

    public String getAnnualGoal() {
        return annualGoal;
    }

    public String getDuties() {
        return duties;
    }

    public String getKeyTasks() {
        return keyTasks;
    }

    public String getFundUnit() {
        return fundUnit;
    }

    public BigDecimal getBasicExpenditure() {
        return basicExpenditure;
    }

    public BigDecimal getProjectExpenditure() {
        return projectExpenditure;
    }

    public Integer getHeadCount() {
        return headCount;
    }

    public String getAssets() {
        return assets;
    }

    public List<FundLine> getFunds() {
        return List.copyOf(funds);
    }

    public List<TargetIndicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public List<DutyGoal> getDutyGoals() {
        return List.copyOf(dutyGoals);
    }

    public TargetStatus getStatus() {
        return status;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
