package org.budgetperf.approval;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/** Review due dates and the reminder/escalation timers, read by the BPMN as {@code ${approvalDeadlines...}}. */
@Component("approvalDeadlines")
public class ApprovalDeadlines {

    private final Settings settings;

    public ApprovalDeadlines(Settings settings) {
        this.settings = settings;
    }

    /** After this long a review is due and its candidates are reminded. */
    public String reminderAfter() {
        return settings.reminderAfter().toString();
    }

    /** A review still open this long after the reminder escalates to the managers of the level above. */
    public String escalateAfter() {
        return settings.reminderAfter().plus(settings.escalationAfterReminder()).toString();
    }

    public Date reviewDueDate() {
        return new Date(ClockUtil.getCurrentTime().getTime() + settings.reminderAfter().toMillis());
    }

    @ConfigurationProperties("budgetperf.approval")
    public record Settings(@DefaultValue("P5D") Duration reminderAfter,
                           @DefaultValue("P3D") Duration escalationAfterReminder) {
    }
}
