package org.budgetperf.attachment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetperf.security.CurrentUserProvider;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
@Tag(name = "审批操作", description = "转办、委派、加签、抄送、催办、意见和附件，以及表的完整办理记录")
class AttachmentController {

    private final TaskComments comments;
    private final TaskAttachments attachments;
    private final CurrentUserProvider currentUser;

    AttachmentController(TaskComments comments, TaskAttachments attachments, CurrentUserProvider currentUser) {
        this.comments = comments;
        this.attachments = attachments;
        this.currentUser = currentUser;
    }

    record CommentRequest(String text) {
    }

    @PostMapping("/tasks/{taskId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "对任务发表意见（不办理任务）：任务的候选人或办理人；记入办理记录")
    TaskComments.CommentView comment(@PathVariable String taskId, @RequestBody CommentRequest request) {
        return comments.comment(taskId, request.text(), currentUser.require());
    }

    @PostMapping(path = "/tasks/{taskId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传任务附件（PDF、Word、Excel、PowerPoint，按内容检查类型，大小上限见 "
            + "budgetperf.attachments.max-size）：任务的候选人或办理人；记入办理记录")
    AttachmentView attach(@PathVariable String taskId, @RequestParam(name = "file", required = false) MultipartFile file,
                          @RequestParam(required = false) String description) throws IOException {
        return attachments.attach(taskId, file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes(), description, currentUser.require());
    }

    @GetMapping("/targets/{id}/attachments")
    @Operation(summary = "绩效目标表各版本、各任务的全部附件（可查看该表的人员）")
    List<AttachmentView> attachments(@PathVariable Long id) {
        return attachments.of(id, currentUser.require());
    }

    @GetMapping("/attachments/{attachmentId}")
    @Operation(summary = "下载附件（可查看该表的人员；文件名按 RFC 5987 以 UTF-8 编码）")
    ResponseEntity<Resource> download(@PathVariable String attachmentId) {
        TaskAttachments.Download file = attachments.download(attachmentId, currentUser.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content()));
    }
}
