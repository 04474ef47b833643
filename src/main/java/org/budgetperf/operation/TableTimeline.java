package org.budgetperf.operation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.budgetperf.approval.ApprovalDecision;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.PersonNames;
import org.budgetperf.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A table's whole history in time order: its decisions and every operation on its tasks, with people's names. */
@Service
@Transactional(readOnly = true)
public class TableTimeline {

    private final ApprovalService approval;
    private final TaskOperations operations;
    private final PersonNames names;

    public TableTimeline(ApprovalService approval, TaskOperations operations, PersonNames names) {
        this.approval = approval;
        this.operations = operations;
        this.names = names;
    }

    public List<TimelineEntry> of(Long targetId, CurrentUser user) {
        List<ApprovalDecision> decisions = approval.history(targetId, user);
        List<TaskOperation> done = operations.of(targetId);
        Map<String, String> people = names.of(Stream.concat(
                decisions.stream().map(ApprovalDecision::getUserId),
                done.stream().flatMap(o -> Stream.of(o.getUserId(), o.getOtherUserId())))
                .filter(Objects::nonNull).distinct().toList());
        List<TimelineEntry> entries = new ArrayList<>();
        decisions.forEach(d -> entries.add(TimelineEntry.of(d, people)));
        done.forEach(o -> entries.add(TimelineEntry.of(o, people)));
        entries.sort(Comparator.comparing(TimelineEntry::time));
        return entries;
    }

    /**
     * One line of the history. {@code kind} is DECISION or OPERATION, {@code action} the decision or operation
     * (SUBMIT, APPROVE … TRANSFER, URGE …), {@code otherUser} the person an operation was for (transferee, delegate,
     * co-signer, copy recipient), {@code attachmentId} the file an ATTACH line stored.
     */
    public record TimelineEntry(Instant time, String kind, String action, String actionLabel, String step,
                                String user, String userName, String otherUser, String otherUserName,
                                String reason, String attachmentId, int versionNo) {

        static TimelineEntry of(ApprovalDecision d, Map<String, String> people) {
            return new TimelineEntry(d.getDecidedAt(), "DECISION", d.getDecision().name(), d.getDecision().label(),
                    d.getStep().label(), d.getUserId(), people.get(d.getUserId()), null, null, d.getRemark(), null,
                    d.getVersionNo());
        }

        static TimelineEntry of(TaskOperation o, Map<String, String> people) {
            return new TimelineEntry(o.getOperatedAt(), "OPERATION", o.getOperation().name(),
                    o.getOperation().label(), o.getTaskName(), o.getUserId(), people.get(o.getUserId()),
                    o.getOtherUserId(), o.getOtherUserId() == null ? null : people.get(o.getOtherUserId()),
                    o.getReason(), o.getAttachmentId(), o.getVersionNo());
        }
    }
}
