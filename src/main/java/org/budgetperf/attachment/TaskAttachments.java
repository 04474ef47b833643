package org.budgetperf.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetperf.approval.CheckedByApi;
import org.budgetperf.approval.PersonNames;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.declaration.TargetAccess;
import org.budgetperf.operation.OperationOnTask;
import org.budgetperf.operation.TaskOperation;
import org.budgetperf.operation.TaskOperationType;
import org.budgetperf.operation.TaskOperations;
import org.budgetperf.security.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a table's tasks, kept by the engine (its attachments) in its database or in the configured
 * folder. Whoever may work a task attaches to it; whoever may read the table lists and downloads them, also after
 * the task is done and across the table's versions. Every file is one ATTACH line of the table's history.
 */
@Service
@Transactional
public class TaskAttachments {

    private final TaskAtHand taskAtHand;
    private final UploadChecks checks;
    private final FileContentCheck contentCheck;
    private final AttachmentSettings settings;
    private final AttachmentFolder folder;
    private final AttachmentFileRepository files;
    private final TaskService tasks;
    private final TaskOperations operations;
    private final TargetAccess access;
    private final PersonNames names;

    TaskAttachments(TaskAtHand taskAtHand, UploadChecks checks, FileContentCheck contentCheck,
                    AttachmentSettings settings, AttachmentFolder folder, AttachmentFileRepository files,
                    TaskService tasks, TaskOperations operations, TargetAccess access, PersonNames names) {
        this.taskAtHand = taskAtHand;
        this.checks = checks;
        this.contentCheck = contentCheck;
        this.settings = settings;
        this.folder = folder;
        this.files = files;
        this.tasks = tasks;
        this.operations = operations;
        this.access = access;
        this.names = names;
    }

    public AttachmentView attach(String taskId, String uploadedName, byte[] content, String description,
                                 CurrentUser user) {
        OperationOnTask on = taskAtHand.workable(taskId, user);
        String name = checks.name(uploadedName);
        String why = checks.description(description);
        checks.size(name, content);
        AttachmentKind kind = contentCheck.check(name, content);
        Attachment attachment = CheckedByApi.call(() -> settings.store() == AttachmentSettings.Store.FOLDER
                ? tasks.createAttachment(kind.contentType(), on.taskId(), on.processInstanceId(), name, why,
                        folder.write(content, kind))
                : tasks.createAttachment(kind.contentType(), on.taskId(), on.processInstanceId(), name, why,
                        new ByteArrayInputStream(content)));
        AttachmentFile file = files.save(new AttachmentFile(attachment.getId(), on.targetId(), content.length));
        TaskOperation recorded = operations.recordAttachment(on, user.userId(), attachment.getId(), why);
        return view(attachment, file, recorded, names.of(user.userId()));
    }

    /** Every file attached to the table's tasks, in the order they were attached. */
    @Transactional(readOnly = true)
    public List<AttachmentView> of(Long targetId, CurrentUser user) {
        access.readable(user, targetId);
        Map<String, AttachmentFile> stored = files.findByTargetId(targetId).stream()
                .collect(Collectors.toMap(AttachmentFile::getAttachmentId, Function.identity()));
        List<TaskOperation> attached = operations.of(targetId).stream()
                .filter(o -> o.getOperation() == TaskOperationType.ATTACH && stored.containsKey(o.getAttachmentId()))
                .toList();
        Map<String, String> people = names.of(attached.stream().map(TaskOperation::getUserId).toList());
        return attached.stream().map(o -> view(CheckedByApi.call(() -> tasks.getAttachment(o.getAttachmentId())),
                stored.get(o.getAttachmentId()), o, people.get(o.getUserId()))).toList();
    }

    /** The file, for whoever may read its table; to anyone else it does not exist. */
    @Transactional(readOnly = true)
    public Download download(String attachmentId, CurrentUser user) {
        AttachmentFile file = files.findById(attachmentId).orElseThrow(() -> notFound(attachmentId));
        access.readable(user, file.getTargetId());
        Attachment attachment = CheckedByApi.call(() -> tasks.getAttachment(attachmentId));
        if (attachment == null) {
            throw notFound(attachmentId);
        }
        return new Download(attachment.getName(), contentType(attachment), file.getSize(), content(attachment));
    }

    private InputStream content(Attachment attachment) {
        if (attachment.getUrl() != null) {
            try {
                return Files.newInputStream(folder.file(attachment.getUrl()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        InputStream content = CheckedByApi.call(() -> tasks.getAttachmentContent(attachment.getId()));
        if (content == null) {
            throw notFound(attachment.getId());
        }
        return content;
    }

    private static String contentType(Attachment attachment) {
        return AttachmentKind.ofContentType(attachment.getType()).map(AttachmentKind::contentType)
                .orElse("application/octet-stream");
    }

    private static AttachmentView view(Attachment attachment, AttachmentFile file, TaskOperation attached,
                                       String userName) {
        return new AttachmentView(attachment.getId(), attachment.getName(), contentType(attachment), file.getSize(),
                attached.getTaskName(), attached.getUserId(), userName, attached.getOperatedAt(),
                attachment.getDescription(), attached.getVersionNo());
    }

    private static NotFoundException notFound(String attachmentId) {
        return new NotFoundException("附件不存在或无权查看：" + attachmentId);
    }

    /** A file to send: its name, type, size and bytes. */
    public record Download(String name, String contentType, long size, InputStream content) {
    }
}
