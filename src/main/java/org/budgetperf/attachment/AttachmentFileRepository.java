package org.budgetperf.attachment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentFileRepository extends JpaRepository<AttachmentFile, String> {

    List<AttachmentFile> findByTargetId(Long targetId);
}
