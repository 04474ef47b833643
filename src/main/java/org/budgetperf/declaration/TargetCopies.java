package org.budgetperf.declaration;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people each table was copied to; a copy is made once per person and never withdrawn. */
@Service
@Transactional
public class TargetCopies {

    private final TargetCopyRepository copies;

    public TargetCopies(TargetCopyRepository copies) {
        this.copies = copies;
    }

    /** Copies the table to the person unless it was already; true when it is new. */
    public boolean copy(PerformanceTarget target, String userId, String copiedBy, String reason) {
        if (copies.existsByTargetIdAndUserId(target.getId(), userId)) {
            return false;
        }
        copies.save(new TargetCopy(target, userId, copiedBy, reason));
        return true;
    }

    @Transactional(readOnly = true)
    public boolean isCopiedTo(PerformanceTarget target, String userId) {
        return copies.existsByTargetIdAndUserId(target.getId(), userId);
    }

    @Transactional(readOnly = true)
    public Page<TargetCopy> copiedTo(String userId, Pageable page) {
        return copies.findByUserIdOrderByCopiedAtDescIdDesc(userId, page);
    }
}
