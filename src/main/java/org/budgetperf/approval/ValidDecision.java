package org.budgetperf.approval;

/** A decision that passed {@link DecisionRules}: typed, with the reason in {@code comment}. */
public record ValidDecision(ApprovalStep step, Decision decision, String comment, ReturnTo returnTo,
                            boolean resubmitToMe, ReviewConclusion conclusion) {
}
