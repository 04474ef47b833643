package org.budgetperf.approval;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.VisibleText;

/** Which decisions each step allows and what each needs; the same rules for forms and for the API. */
public final class DecisionRules {

    /** The longest comment a person may write: with a decision, or on its own (意见). */
    public static final int MAX_COMMENT = 2000;
    static final int MIN_REASON = 5;

    private DecisionRules() {
    }

    public static ValidDecision validate(ApprovalStep step, DecisionInput input, boolean skipDepartmentReview) {
        Decision decision = parse(Decision.class, "decision", input.decision(), "审核意见");
        Set<Decision> allowed = allowed(step);
        if (!allowed.contains(decision)) {
            throw new BadRequestException("decision", step.label() + "只能选择："
                    + allowed.stream().map(d -> d.name() + "（" + d.label() + "）").collect(Collectors.joining("、")));
        }
        String comment = blankToNull(input.comment());
        String reason = blankToNull(input.returnReason());
        if (decision == Decision.RETURN) {
            comment = reason != null ? reason : comment;
            if (VisibleText.visibleLength(comment) < MIN_REASON) {
                throw new BadRequestException("returnReason", "退回时必须填写退回原因（至少" + MIN_REASON + "个字）");
            }
        }
        if (needsStatement(step) && VisibleText.visibleLength(comment) < MIN_REASON) {
            throw new BadRequestException("comment", step.label() + "时必须写明内容（至少" + MIN_REASON + "个字）");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new BadRequestException("comment", "意见最长" + MAX_COMMENT + "字");
        }
        ReviewConclusion conclusion = step == ApprovalStep.FINANCE_REVIEW ? conclusion(decision, input) : null;
        ReturnTo returnTo = returnTo(step, decision, input, skipDepartmentReview);
        boolean resubmitToMe = step == ApprovalStep.FINANCE_REVIEW && decision == Decision.RETURN
                && Boolean.TRUE.equals(input.resubmitToMe());
        return new ValidDecision(step, decision, comment, returnTo, resubmitToMe, conclusion);
    }

    public static boolean allows(ApprovalStep step, Decision decision) {
        return allowed(step).contains(decision);
    }

    private static Set<Decision> allowed(ApprovalStep step) {
        return switch (step) {
            case PREPARE, MONITORING_REPORT, MONITORING_JUDGEMENT, OVER_ACHIEVEMENT, CORRECTION_PROPOSAL,
                 EVALUATION_REPORT ->
                    EnumSet.of(Decision.SUBMIT);
            case DEPARTMENT_REVIEW, CORRECTION_REVIEW, EVALUATION_REVIEW, SPOT_CHECK ->
                    EnumSet.of(Decision.APPROVE, Decision.RETURN);
            case FINANCE_REVIEW -> EnumSet.of(Decision.APPROVE, Decision.RETURN, Decision.REJECT);
            case CORRECTION_DECISION -> EnumSet.of(Decision.CONTINUE, Decision.ADJUST, Decision.SUSPEND, Decision.STOP);
        };
    }

    /** Steps whose whole point is what the person writes: an explanation, measures, finance's reasons. */
    private static boolean needsStatement(ApprovalStep step) {
        return step == ApprovalStep.OVER_ACHIEVEMENT || step == ApprovalStep.CORRECTION_PROPOSAL
                || step == ApprovalStep.CORRECTION_DECISION;
    }

    private static ReviewConclusion conclusion(Decision decision, DecisionInput input) {
        ReviewConclusion conclusion = parse(ReviewConclusion.class, "reviewConclusion", input.reviewConclusion(),
                "审核结论");
        boolean fits = switch (decision) {
            case APPROVE -> conclusion == ReviewConclusion.EXCELLENT || conclusion == ReviewConclusion.GOOD;
            case REJECT -> conclusion == ReviewConclusion.POOR;
            default -> conclusion != ReviewConclusion.POOR;
        };
        if (!fits) {
            throw new BadRequestException("reviewConclusion", switch (decision) {
                case APPROVE -> "审核结论为“优”或“良”才能通过批复；“中”应退回修改，“差”应不予安排";
                case REJECT -> "不予安排时审核结论应为“差”";
                default -> "审核结论为“差”时应选择不予安排";
            });
        }
        return conclusion;
    }

    private static ReturnTo returnTo(ApprovalStep step, Decision decision, DecisionInput input,
                                     boolean skipDepartmentReview) {
        if (decision != Decision.RETURN) {
            return null;
        }
        if (step != ApprovalStep.FINANCE_REVIEW || blankToNull(input.returnTo()) == null) {
            return ReturnTo.UNIT;
        }
        ReturnTo returnTo = parse(ReturnTo.class, "returnTo", input.returnTo(), "退回对象");
        if (returnTo == ReturnTo.DEPARTMENT && skipDepartmentReview) {
            throw new BadRequestException("returnTo", "部门本级的绩效目标表没有主管部门审核环节，只能退回实施单位");
        }
        return returnTo;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, String label) {
        String text = blankToNull(value);
        if (text == null) {
            throw new BadRequestException(field, label + "不能为空");
        }
        try {
            return Enum.valueOf(type, text.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(field, label + "“" + text + "”无效，可选值："
                    + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、")));
        }
    }

    private static String blankToNull(String text) {
        return VisibleText.isBlank(text) ? null : text.strip();
    }
}
