package org.budgetperf.attachment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept ({@code budgetperf.attachments.*}): in the engine's database (act_ge_bytearray, the
 * default) or in a folder, each file under a generated name; and the largest file accepted.
 */
@ConfigurationProperties("budgetperf.attachments")
public record AttachmentSettings(Store store, Path folder, DataSize maxSize) {

    public enum Store { DATABASE, FOLDER }

    public AttachmentSettings {
        store = store == null ? Store.DATABASE : store;
        folder = (folder == null ? Path.of("data", "attachments") : folder).toAbsolutePath().normalize();
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    }
}
