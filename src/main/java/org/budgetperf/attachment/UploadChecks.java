package org.budgetperf.attachment;

import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ByteCount;
import org.budgetperf.common.ControlCharacters;
import org.budgetperf.common.VisibleText;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What an upload must be before its content is looked at: a name a reader can see (the part after the last
 * {@code /} or {@code \}, as browsers send a bare name; no control or invisible formatting characters, at most
 * {@value #MAX_NAME} characters), a file that is not empty and within {@code budgetperf.attachments.max-size}, and a
 * description of at most {@value #MAX_DESCRIPTION} characters.
 */
@Component
class UploadChecks {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 500;

    private final long maxSize;

    UploadChecks(AttachmentSettings settings, MultipartProperties multipart) {
        this.maxSize = settings.maxSize().toBytes();
        if (maxSize > multipart.getMaxFileSize().toBytes() || maxSize > multipart.getMaxRequestSize().toBytes()) {
            throw new IllegalStateException("budgetperf.attachments.max-size (" + settings.maxSize()
                    + ") exceeds the servlet's multipart limits (spring.servlet.multipart.max-file-size "
                    + multipart.getMaxFileSize() + ", max-request-size " + multipart.getMaxRequestSize()
                    + "): raise them, or such uploads fail before their size can be reported");
        }
    }

    /** The name to keep: the uploaded one without any folder in front of it. */
    String name(String uploaded) {
        String name = uploaded == null ? "" : uploaded.substring(Math.max(uploaded.lastIndexOf('/'),
                uploaded.lastIndexOf('\\')) + 1).strip();
        int refused = name.codePoints().filter(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT).findFirst().orElse(-1);
        if (refused >= 0) {
            throw new BadRequestException("file", String.format("文件名含有不允许的控制或格式字符（U+%04X），请改名后重新上传",
                    refused));
        }
        if (VisibleText.isBlank(name)) {
            throw new BadRequestException("file", "请选择要上传的文件（缺少文件名）");
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_NAME) {
            throw new BadRequestException("file", "文件名最长 " + MAX_NAME + " 字，“" + name + "”有 " + length + " 字");
        }
        return name;
    }

    void size(String name, byte[] content) {
        if (content.length == 0) {
            throw new FileRefused(HttpStatus.BAD_REQUEST, "文件“" + name + "”是空的，未保存");
        }
        if (content.length > maxSize) {
            throw new FileRefused(HttpStatus.PAYLOAD_TOO_LARGE, "文件“" + name + "”大小 "
                    + ByteCount.format(content.length) + "，超过上限 " + ByteCount.withMegabytes(maxSize) + "，未保存");
        }
    }

    /** A description that shows nothing is none. */
    String description(String description) {
        if (VisibleText.isBlank(description)) {
            return null;
        }
        int refused = ControlCharacters.firstRefused(description);
        if (refused >= 0) {
            throw new BadRequestException("description",
                    String.format("附件说明含有不允许的控制字符（U+%04X），请删除后重新提交", refused));
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new BadRequestException("description", "附件说明最长 " + MAX_DESCRIPTION + " 字，提交了 "
                    + description.length() + " 字");
        }
        return description.strip();
    }
}
