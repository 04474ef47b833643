package org.budgetperf.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 年度履职目标 of a department table: duty -> task -> expenditure project -> amount. */
@Entity
@Table(name = "pt_duty_goal")
public class DutyGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pt_duty_goal_seq")
    @SequenceGenerator(name = "pt_duty_goal_seq", sequenceName = "pt_duty_goal_seq", allocationSize = 50)
    private Long id;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String duty;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String task;

    @Column(name = "expenditure_project", length = 300)
    private String expenditureProject;

    @Column(precision = 20, scale = 6)
    private BigDecimal amount;

    protected DutyGoal() {
    }

    public DutyGoal(String duty, String task, String expenditureProject, BigDecimal amount) {
        this.duty = duty;
        this.task = task;
        this.expenditureProject = expenditureProject;
        this.amount = amount;
    }

    public String getDuty() {
        return duty;
    }

    public String getTask() {
        return task;
    }

    public String getExpenditureProject() {
        return expenditureProject;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
