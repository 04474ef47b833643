package org.budgetperf.declaration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.budgetperf.common.NotFoundException;
import org.budgetperf.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A table's frozen versions and the one in force: the latest that finance approved. Versions are only ever added,
 * so the latest is in force; while the next one is drafted, reviewed or refused, it is the previous one.
 */
@Service
@Transactional(readOnly = true)
public class TargetVersions {

    private final TargetVersionRepository versions;
    private final TargetAccess access;
    private final ObjectMapper json;
    private final TargetViews views;

    public TargetVersions(TargetVersionRepository versions, TargetAccess access, ObjectMapper json,
                          TargetViews views) {
        this.versions = versions;
        this.access = access;
        this.json = json;
        this.views = views;
    }

    /**
     * The table that a report made now measures against: the version in force, also while the next one is drafted
     * or reviewed; a table never approved (a draft whose evaluation is imported) is measured as it stands.
     */
    public TargetDetails measured(PerformanceTarget target) {
        return latest(target.getId()).map(this::read).orElseGet(() -> views.details(target));
    }

    /** The table as a report recorded against its version {@code versionNo} measured it. */
    public TargetDetails measured(PerformanceTarget target, int versionNo) {
        return versions.findByTargetIdAndVersionNo(target.getId(), versionNo).map(this::read)
                .orElseGet(() -> views.details(target));
    }

    /**
     * The table as the version in force froze it, which monitoring and self-evaluation measure against; empty
     * before its first approval. For callers inside the system: it checks no reader.
     */
    public Optional<TargetDetails> inForce(Long targetId) {
        return latest(targetId).map(this::read);
    }

    public List<TargetVersion> of(Long targetId, CurrentUser user) {
        return versions.findByTargetIdOrderByVersionNoAsc(access.readable(user, targetId).getId());
    }

    public TargetDetails snapshot(Long targetId, int versionNo, CurrentUser user) {
        return versions.findByTargetIdAndVersionNo(access.readable(user, targetId).getId(), versionNo)
                .map(this::read)
                .orElseThrow(() -> new NotFoundException("绩效目标表没有已批复的第 " + versionNo + " 版"));
    }

    Optional<TargetVersion> latest(Long targetId) {
        return versions.findFirstByTargetIdOrderByVersionNoDesc(targetId);
    }

    TargetDetails read(TargetVersion version) {
        try {
            return json.readValue(version.getSnapshot(), TargetDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法读取绩效目标表快照：" + version.getTargetId() + " 第 "
                    + version.getVersionNo() + " 版", e);
        }
    }
}
