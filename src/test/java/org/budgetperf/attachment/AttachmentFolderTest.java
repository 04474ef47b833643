package org.budgetperf.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.budgetperf.common.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder store hands out only files it named itself, from inside its folder, and writes none unguarded. */
class AttachmentFolderTest {

    @TempDir
    Path root;

    @Test
    void aStoredNameThatLeavesTheFolderOrWasNotGeneratedFindsNothing() throws IOException {
        Path folder = Files.createDirectories(root.resolve("attachments"));
        String outside = UUID.randomUUID() + ".pdf";
        Files.writeString(root.resolve(outside), "%PDF-secret");
        Files.writeString(folder.resolve("plain.pdf"), "%PDF-plain");
        AttachmentFolder store = new AttachmentFolder(new AttachmentSettings(AttachmentSettings.Store.FOLDER, folder,
                null));

        for (String stored : new String[] {"../" + outside, "..\\" + outside, "plain.pdf", "..", "", null,
                UUID.randomUUID() + ".pdf"}) {
            assertThatThrownBy(() -> store.file(stored)).as(String.valueOf(stored))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void noFileIsWrittenWhereNoTransactionCouldRemoveIt() throws IOException {
        Path folder = root.resolve("attachments");
        AttachmentFolder store = new AttachmentFolder(new AttachmentSettings(AttachmentSettings.Store.FOLDER, folder,
                null));
        assertThatThrownBy(() -> store.write(SampleFiles.pdf(100), AttachmentKind.PDF))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.exists(folder) ? Files.list(folder).toList() : java.util.List.of()).isEmpty();
    }
}
