package org.budgetperf.attachment;

import java.time.Instant;

/** A file attached to one of a table's tasks: who attached it to which task, when and why. */
public record AttachmentView(String id, String name, String contentType, long size, String taskName, String user,
                             String userName, Instant time, String description, int versionNo) {
}
