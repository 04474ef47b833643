package org.budgetperf.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The table an engine attachment belongs to, and its size. Never updated. */
@Entity
@Table(name = "pt_attachment_file")
class AttachmentFile {

    @Id
    @Column(name = "attachment_id", length = 64, updatable = false)
    private String attachmentId;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    protected AttachmentFile() {
    }

    AttachmentFile(String attachmentId, Long targetId, long size) {
        this.attachmentId = attachmentId;
        this.targetId = targetId;
        this.size = size;
    }

    String getAttachmentId() {
        return attachmentId;
    }

    Long getTargetId() {
        return targetId;
    }

    long getSize() {
        return size;
    }
}
