package org.budgetperf.attachment;

import java.time.Instant;
import org.budgetperf.approval.CheckedByApi;
import org.budgetperf.approval.DecisionRules;
import org.budgetperf.approval.PersonNames;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.VisibleText;
import org.budgetperf.operation.OperationOnTask;
import org.budgetperf.operation.TaskOperationType;
import org.budgetperf.operation.TaskOperations;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments (意见) on a table's task without deciding it: the engine's own comment on the task and its process
 * instance (kept in its history after the task is done), and a COMMENT line of the table's history.
 */
@Service
@Transactional
public class TaskComments {

    private final TaskAtHand taskAtHand;
    private final TaskService tasks;
    private final TaskOperations operations;
    private final PersonNames names;

    TaskComments(TaskAtHand taskAtHand, TaskService tasks, TaskOperations operations, PersonNames names) {
        this.taskAtHand = taskAtHand;
        this.tasks = tasks;
        this.operations = operations;
        this.names = names;
    }

    public CommentView comment(String taskId, String text, CurrentUser user) {
        OperationOnTask on = taskAtHand.workable(taskId, user);
        if (VisibleText.isBlank(text)) {
            throw new BadRequestException("text", "请填写意见内容");
        }
        if (text.length() > DecisionRules.MAX_COMMENT) {
            throw new BadRequestException("text", "意见最长 " + DecisionRules.MAX_COMMENT + " 字，提交了 "
                    + text.length() + " 字");
        }
        String written = text.strip();
        Comment comment = CheckedByApi.call(() -> tasks.createComment(on.taskId(), on.processInstanceId(), written));
        operations.record(on, TaskOperationType.COMMENT, user.userId(), null, written);
        return new CommentView(comment.getId(), on.taskId(), on.taskName(), user.userId(), names.of(user.userId()),
                comment.getTime().toInstant(), written);
    }

    /** A comment as written: on which task, by whom, when. */
    public record CommentView(String id, String taskId, String taskName, String user, String userName, Instant time,
                              String text) {
    }
}
