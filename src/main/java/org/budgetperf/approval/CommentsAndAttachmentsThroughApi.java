package org.budgetperf.approval;

import org.budgetperf.common.ForbiddenException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Comments and attachments go in and out through {@code /api} ({@link CheckedByApi}), which checks who may work the
 * task, the file's type and size, and who may read the table. Through the engine's own doors (engine REST, the
 * Tasklist's engine API) a person adds, changes and deletes none (the engine's commands check neither the task's
 * candidates nor the file), and reads them only when reading every table's history (READ_HISTORY on every process
 * definition: managers, administrators); the engine's commands that read them check nothing at all.
 */
public final class CommentsAndAttachmentsThroughApi extends CommandInterceptor {

    public static final String NO_WRITES = "意见和附件只能通过 /api 提交（POST /api/tasks/{taskId}/comments、"
            + "POST /api/tasks/{taskId}/attachments，检查办理人、文件类型和大小），流程引擎接口不接受新增、修改或删除";
    static final String NO_READS = "附件和意见请通过 /api 查看和下载（GET /api/targets/{id}/attachments、"
            + "GET /api/attachments/{attachmentId}），流程引擎接口只对可查看全部表的人员开放";

    CommentsAndAttachmentsThroughApi() {
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (CheckedByApi.isChecked() || !(isWrite(command) || isRead(command))) {
            return next.execute(command);
        }
        CommandContext context = Context.getCommandContext();
        if (context.getAuthenticatedUserId() == null) {
            return next.execute(command);
        }
        if (isWrite(command)) {
            throw new ForbiddenException(NO_WRITES);
        }
        if (!context.getAuthorizationManager().isAuthorized(ProcessDefinitionPermissions.READ_HISTORY,
                Resources.PROCESS_DEFINITION, Authorization.ANY)) {
            throw new ForbiddenException(NO_READS);
        }
        return next.execute(command);
    }

    private static boolean isWrite(Command<?> command) {
        return command instanceof AddCommentCmd || command instanceof UpdateCommentCmd
                || command instanceof DeleteTaskCommentCmd || command instanceof DeleteProcessInstanceCommentCmd
                || command instanceof CreateAttachmentCmd || command instanceof SaveAttachmentCmd
                || command instanceof DeleteAttachmentCmd;
    }

    private static boolean isRead(Command<?> command) {
        return command instanceof GetTaskAttachmentContentCmd || command instanceof GetAttachmentContentCmd
                || command instanceof GetTaskAttachmentCmd || command instanceof GetAttachmentCmd
                || command instanceof GetTaskAttachmentsCmd || command instanceof GetProcessInstanceAttachmentsCmd
                || command instanceof GetTaskCommentCmd || command instanceof GetTaskCommentsCmd
                || command instanceof GetProcessInstanceCommentsCmd || command instanceof GetTaskEventsCmd;
    }
}
