package org.budgetperf.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status moves the approval process makes are the only ones a table can make. */
class TargetStatusTest {

    @ParameterizedTest
    @CsvSource({
        "DRAFT, DEPARTMENT_REVIEW", "DRAFT, FINANCE_REVIEW", "RETURNED, DEPARTMENT_REVIEW",
        "DEPARTMENT_REVIEW, FINANCE_REVIEW", "DEPARTMENT_REVIEW, RETURNED", "DEPARTMENT_REVIEW, DRAFT",
        "FINANCE_REVIEW, APPROVED", "FINANCE_REVIEW, RETURNED", "FINANCE_REVIEW, DEPARTMENT_REVIEW",
        "FINANCE_REVIEW, REJECTED", "FINANCE_REVIEW, DRAFT", "APPROVED, PUBLISHED",
        "PUBLISHED, ADJUSTING", "ADJUSTING, ADJUSTING", "ADJUSTING, DEPARTMENT_REVIEW", "ADJUSTING, FINANCE_REVIEW",
        "DEPARTMENT_REVIEW, ADJUSTING", "FINANCE_REVIEW, ADJUSTING", "FINANCE_REVIEW, PUBLISHED"})
    void theProcessMovesAreAllowed(TargetStatus from, TargetStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "DRAFT, APPROVED", "DRAFT, PUBLISHED", "RETURNED, APPROVED", "DEPARTMENT_REVIEW, APPROVED",
        "DEPARTMENT_REVIEW, PUBLISHED", "APPROVED, DRAFT", "PUBLISHED, DRAFT", "REJECTED, DRAFT",
        "RETURNED, RETURNED", "DRAFT, ADJUSTING", "RETURNED, ADJUSTING", "APPROVED, ADJUSTING", "REJECTED, ADJUSTING",
        "ADJUSTING, APPROVED", "ADJUSTING, PUBLISHED", "ADJUSTING, DRAFT"})
    void shortcutsAndReopeningsAreRefused(TargetStatus from, TargetStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @Test
    void unfundedAndStoppedTablesMoveNowhereAndAPublishedOneOnlyIntoAnAdjustmentOrAStop() {
        for (TargetStatus next : EnumSet.allOf(TargetStatus.class)) {
            assertThat(TargetStatus.PUBLISHED.canMoveTo(next))
                    .isEqualTo(next == TargetStatus.ADJUSTING || next == TargetStatus.STOPPED);
            assertThat(TargetStatus.REJECTED.canMoveTo(next)).isFalse();
            assertThat(TargetStatus.STOPPED.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void theYearGoesOnWhileAVersionIsInForce() {
        assertThat(EnumSet.allOf(TargetStatus.class).stream().filter(TargetStatus::yearGoesOn))
                .containsExactlyInAnyOrder(TargetStatus.PUBLISHED, TargetStatus.ADJUSTING);
    }

    @Test
    void anAdjustmentIsEditedLikeADraft() {
        assertThat(EnumSet.allOf(TargetStatus.class).stream().filter(TargetStatus::editable))
                .containsExactlyInAnyOrder(TargetStatus.DRAFT, TargetStatus.RETURNED, TargetStatus.ADJUSTING);
    }
}
