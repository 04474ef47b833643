package org.budgetperf.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.budgetperf.common.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The folder store: each file under a generated name (the uploaded name never reaches the file system), written to
 * a temporary file and moved into place in one step, and removed again when the transaction that stored it rolls
 * back. The engine's attachment keeps the generated name as its URL.
 */
@Component
class AttachmentFolder {

    private static final Pattern STORED_NAME =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.[a-z]{3,4}");

    private final Path folder;

    AttachmentFolder(AttachmentSettings settings) {
        this.folder = settings.folder();
    }

    /** Writes the file within the current transaction, which removes it again if it rolls back; answers its name. */
    String write(byte[] content, AttachmentKind kind) {
        String stored = UUID.randomUUID() + "." + kind.extension();
        Path target = folder.resolve(stored);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(target);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".upload-", ".tmp");
            try {
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("附件无法写入文件夹 " + folder, e);
        }
        return stored;
    }

    /** The stored file; only a name this folder generated (no separators, no dots but the extension's) is looked up. */
    Path file(String stored) {
        Path file = stored != null && STORED_NAME.matcher(stored).matches() ? folder.resolve(stored) : null;
        if (file == null || !Files.isRegularFile(file)) {
            throw new NotFoundException("附件文件不存在：" + stored);
        }
        return file;
    }
}
