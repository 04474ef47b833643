package org.budgetperf.evaluation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.budgetperf.calculation.Grade;
import org.budgetperf.calculation.GradedScore;
import org.budgetperf.calculation.IndicatorScore;
import org.budgetperf.calculation.IndicatorScoring;
import org.budgetperf.calculation.ReviewerGrade;
import org.budgetperf.calculation.ScoreOutsideBand;
import org.budgetperf.calculation.Scorecard;
import org.budgetperf.calculation.SpotCheckSample;
import org.budgetperf.common.ApiException.FieldError;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.cycle.CyclePhase;
import org.budgetperf.cycle.CycleSteps;
import org.budgetperf.evaluation.EvaluationRequest.BudgetExecutionLine;
import org.budgetperf.evaluation.EvaluationRequest.IndicatorResultLine;
import org.budgetperf.evaluation.EvaluationScoring.Scored;
import org.budgetperf.evaluation.EvaluationView.BudgetLineView;
import org.budgetperf.evaluation.EvaluationView.ResultScoreView;
import org.budgetperf.evaluation.EvaluationView.ResultView;
import org.budgetperf.evaluation.EvaluationView.ScoreView;
import org.budgetperf.indicator.DeviationRate;
import org.budgetperf.indicator.ExecutionRate;
import org.budgetperf.indicator.IndicatorValueParser;
import org.budgetperf.indicator.Percentage;
import org.budgetperf.organization.Organization;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.security.Roles;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetAccess;
import org.budgetperf.declaration.TargetDetails;
import org.budgetperf.declaration.TargetDetails.IndicatorView;
import org.budgetperf.declaration.TargetVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a target's self-evaluation (its unit), grading the indicators no number decides (a reviewer of the
 * supervising department, or of the finance bureau for a department's own table) and reading it with its scores
 * (anyone who may read the target).
 */
@Service
@Transactional
public class EvaluationService {

    /** The scale of the money columns. */
    private static final int STORED_DECIMALS = 6;

    private final SelfEvaluationRepository evaluations;
    private final TargetAccess access;
    private final Validator validator;
    private final EvaluationScoring scoring;
    private final SpotCheckSample spotCheck;
    private final CycleSteps cycle;
    private final TargetVersions versions;
    private final IndicatorValueParser parser;

    public EvaluationService(SelfEvaluationRepository evaluations, TargetAccess access, Validator validator,
                             EvaluationScoring scoring, SpotCheckSample spotCheck, CycleSteps cycle,
                             TargetVersions versions, IndicatorValueParser parser) {
        this.parser = parser;
        this.evaluations = evaluations;
        this.access = access;
        this.validator = validator;
        this.scoring = scoring;
        this.spotCheck = spotCheck;
        this.cycle = cycle;
        this.versions = versions;
    }

    /**
     * Refuses a caller who may not record the table's self-evaluation now: not its preparer (404, 403), or the
     * self-evaluation not open (409). A workbook upload goes through here; the draft import records without it.
     */
    @Transactional(readOnly = true)
    public void requireOpen(Long targetId, CurrentUser user) {
        PerformanceTarget target = access.preparable(user, targetId);
        if (!cycle.isOpen(target.getId(), CyclePhase.SELF_EVALUATION)) {
            throw new ConflictException("“" + target.getName() + "”的年度绩效自评未开启或已结束，现在不能填报");
        }
    }

    /**
     * Replaces the target's evaluation; every result line must name one of the target's indicators, once. While the
     * year's self-evaluation is open, a line whose actual value deviates from its target gives its cause; a past
     * year's published evaluation imported as a record (seed 002 leaves causes blank) is kept as published.
     */
    public EvaluationView record(Long targetId, EvaluationRequest request, CurrentUser user) {
        PerformanceTarget target = access.preparable(user, targetId);
        validate(request);
        TargetDetails table = versions.measured(target);
        List<IndicatorResult> results = matchResults(table, Objects.requireNonNullElse(request.results(), List.of()),
                cycle.isOpen(target.getId(), CyclePhase.SELF_EVALUATION));
        List<BudgetExecution> budget = Objects.requireNonNullElse(request.budget(), List.<BudgetExecutionLine>of())
                .stream()
                .map(line -> new BudgetExecution(line.name().strip(), stored(line.initialBudget()),
                        stored(line.adjustment()), stored(line.adjustedBudget()), stored(line.actualSpending())))
                .toList();
        SelfEvaluation evaluation = evaluations.findByTargetId(target.getId())
                .orElseGet(() -> new SelfEvaluation(target.getId()));
        evaluation.replace(table.versionNo(), budget, results, user.userId());
        return scoredView(target, evaluation);
    }

    /**
     * Records the reviewer's grades; each must name an indicator the reviewer decides and give a score inside its
     * verdict's band (400 otherwise, nothing recorded).
     */
    public EvaluationView grade(Long targetId, GradesRequest request, CurrentUser user) {
        PerformanceTarget target = access.readable(user, targetId);
        Organization grader = target.isDepartmentsOwn() ? target.financeBureau() : target.getDepartment();
        if (!user.groupIds().contains(Roles.REVIEWER) || !user.belongsTo(grader)) {
            throw new ForbiddenException("只有“" + grader.getName() + "”的审核人员可以评定定性指标");
        }
        SelfEvaluation evaluation = evaluations.findByTargetId(target.getId()).orElseThrow(() ->
                new ConflictException("绩效目标表“" + target.getName() + "”尚未填报自评，不能评定"));
        checkValid(validator.validate(request), "提交的评定有误：");
        List<IndicatorView> indicators = versions.measured(target, evaluation.getVersionNo()).indicators();
        List<String> actuals = actuals(indicators, evaluation.getResults());
        Scored scored = scoring.score(indicators, actuals, evaluation);
        if (scored.card() == null) {
            throw new ConflictException(scored.problem());
        }
        for (int i = 0; i < request.grades().size(); i++) {
            GradesRequest.Line line = request.grades().get(i);
            IndicatorKey key = new IndicatorKey(line.level1(), line.level2(), line.level3());
            int index = indexOf(indicators, key, i);
            String field = "grades[" + i + "]";
            if (!IndicatorScoring.gradedByReviewer(parser.parse(indicators.get(index).fullYearText()),
                    actuals.get(index))) {
                throw refused(field, "指标“" + key + "”按完成值计算得分，不需评定");
            }
            ReviewerGrade grade = new ReviewerGrade(line.achievement(), line.score());
            try {
                GradedScore.check(grade, scored.card().indicators().get(index).marks(),
                        scoring.rules().band(line.achievement()));
            } catch (ScoreOutsideBand e) {
                throw refused(field + ".score", "指标“" + key + "”" + e.getMessage());
            }
            evaluation.grade(key, grade, user.userId());
        }
        return scoredView(target, evaluation);
    }

    /** The 差 tables the caller may see, for next year's budget (结果应用); all years when {@code year} is null. */
    @Transactional(readOnly = true)
    public List<GradedTable> poor(Integer year, CurrentUser user) {
        List<String> codes = user.organizationCodes().isEmpty() ? List.of("") : user.organizationCodes();
        return evaluations.findVisibleByGrade(user.readsEverything(), codes, year,
                Grade.POOR);
    }

    @Transactional(readOnly = true)
    public boolean isRecorded(Long targetId) {
        return evaluations.findByTargetId(targetId).isPresent();
    }

    @Transactional(readOnly = true)
    public EvaluationView get(Long targetId, CurrentUser user) {
        PerformanceTarget target = access.readable(user, targetId);
        return view(target, evaluations.findByTargetId(target.getId()).orElse(null));
    }

    /** The import calls {@link #record} directly, so the request is checked here as the API checks it. */
    private void validate(EvaluationRequest request) {
        checkValid(validator.validate(request), "提交的自评数据有误：");
    }

    private static <T> void checkValid(Set<ConstraintViolation<T>> violations, String summary) {
        if (violations.isEmpty()) {
            return;
        }
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        throw new BadRequestException(summary + errors.get(0).field() + "：" + errors.get(0).message(), errors);
    }

    private static int indexOf(List<IndicatorView> indicators, IndicatorKey key, int line) {
        for (int i = 0; i < indicators.size(); i++) {
            if (IndicatorKey.of(indicators.get(i)).equals(key)) {
                return i;
            }
        }
        throw refused("grades[" + line + "]", "绩效目标表中没有指标“" + key + "”");
    }

    private static BadRequestException refused(String field, String message) {
        return new BadRequestException(message, List.of(new FieldError(field, message)));
    }

    /** Stores the total and grade for lists, then shows the evaluation. */
    private EvaluationView scoredView(PerformanceTarget target, SelfEvaluation evaluation) {
        List<IndicatorView> indicators = versions.measured(target, evaluation.getVersionNo()).indicators();
        Scored scored = scoring.score(indicators, actuals(indicators, evaluation.getResults()), evaluation);
        Scorecard card = scored.card();
        evaluation.scored(card == null ? null : card.total(), card == null ? null : card.grade());
        return view(target, evaluations.save(evaluation));
    }

    private static List<IndicatorResult> matchResults(TargetDetails table, List<IndicatorResultLine> lines,
                                                      boolean causesRequired) {
        Map<IndicatorKey, IndicatorView> indicators = new HashMap<>();
        table.indicators().forEach(indicator -> indicators.putIfAbsent(IndicatorKey.of(indicator), indicator));
        List<FieldError> errors = new ArrayList<>();
        Set<IndicatorKey> seen = new HashSet<>();
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorResultLine line = lines.get(i);
            IndicatorKey key = new IndicatorKey(line.level1(), line.level2(), line.level3());
            IndicatorView indicator = indicators.get(key);
            if (indicator == null) {
                errors.add(new FieldError("results[" + i + "]", "绩效目标表中没有指标“" + key + "”"));
            } else if (!seen.add(key)) {
                errors.add(new FieldError("results[" + i + "]", "指标“" + key + "”重复填写"));
            } else {
                if (causesRequired) {
                    missingCause(indicator, line, i).ifPresent(errors::add);
                }
                results.add(new IndicatorResult(indicator.id(), key, line.actualValue(), blankToNull(line.source()),
                        blankToNull(line.cause())));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("自评结果有误：" + errors.get(0).message(), errors);
        }
        return results;
    }

    /** A line whose actual value deviates from its target and gives no cause. */
    private static Optional<FieldError> missingCause(IndicatorView indicator, IndicatorResultLine line, int index) {
        if (blankToNull(line.cause()) != null) {
            return Optional.empty();
        }
        return DeviationRate.of(indicator.fullYearText(), line.actualValue())
                .filter(deviation -> deviation.value().signum() != 0)
                .map(deviation -> new FieldError("results[" + index + "].cause", "指标“" + indicator.level3()
                        + "”的完成值与目标值有偏差（" + deviation.text() + "），请填写原因分析"));
    }

    private EvaluationView view(PerformanceTarget target, SelfEvaluation evaluation) {
        List<IndicatorResult> recorded = evaluation == null ? List.of() : evaluation.getResults();
        List<IndicatorView> indicators = (evaluation == null ? versions.measured(target)
                : versions.measured(target, evaluation.getVersionNo())).indicators();
        Scored scored = evaluation == null ? new Scored(null, null)
                : scoring.score(indicators, actuals(indicators, recorded), evaluation);
        List<ResultView> results = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorView indicator = indicators.get(i);
            results.add(resultView(indicator, resultOf(indicator, recorded),
                    scored.card() == null ? null : scored.card().indicators().get(i), gradeOf(evaluation, indicator)));
        }
        List<BudgetLineView> budget = evaluation == null ? List.of() : evaluation.getBudget().stream()
                .map(line -> new BudgetLineView(line.getName(), line.getInitialBudget(), line.getAdjustment(),
                        line.getAdjustedBudget(), line.getActualSpending(),
                        text(ExecutionRate.of(line.getActualSpending(), line.getAdjustedBudget()))))
                .toList();
        return new EvaluationView(target.getId(), target.getCode(), target.getBudgetYear(), evaluation != null,
                evaluation == null ? null : evaluation.getVersionNo(),
                evaluation == null ? null : evaluation.getRecordedBy(),
                evaluation == null ? null : evaluation.getRecordedAt(), budget, results,
                scoreView(scored, spotCheck.includes(target.getCode(), target.getBudgetYear())));
    }

    private static ScoreView scoreView(Scored scored, boolean spotChecked) {
        Scorecard card = scored.card();
        if (card == null) {
            return new ScoreView(null, null, null, null, null, spotChecked, scored.problem());
        }
        return new ScoreView(card.budgetMarks(), card.budgetScore(), card.total(),
                card.grade() == null ? null : card.grade().name(), card.grade() == null ? null : card.grade().label(),
                spotChecked, null);
    }

    private static List<String> actuals(List<IndicatorView> indicators, List<IndicatorResult> recorded) {
        return indicators.stream()
                .map(indicator -> resultOf(indicator, recorded).map(IndicatorResult::getActualValue).orElse(null))
                .toList();
    }

    private static Optional<ReviewerGrade> gradeOf(SelfEvaluation evaluation, IndicatorView indicator) {
        IndicatorKey key = IndicatorKey.of(indicator);
        return evaluation == null ? Optional.empty() : evaluation.getGrades().stream()
                .filter(grade -> grade.key().equals(key)).findFirst().map(IndicatorGrade::grade);
    }

    private static Optional<IndicatorResult> resultOf(IndicatorView indicator, List<IndicatorResult> recorded) {
        IndicatorKey key = IndicatorKey.of(indicator);
        return recorded.stream().filter(result -> indicator.id() != null
                        && indicator.id().equals(result.getIndicatorId())).findFirst()
                .or(() -> recorded.stream().filter(result -> result.key().equals(key)).findFirst());
    }

    private static ResultView resultView(IndicatorView indicator, Optional<IndicatorResult> result,
                                         IndicatorScore score, Optional<ReviewerGrade> grade) {
        String actual = result.map(IndicatorResult::getActualValue).orElse(null);
        ResultScoreView scoring = score == null ? null : new ResultScoreView(score.marks(), score.method().label(),
                score.score(), score.awaitingGrade() || score.score() == null ? null
                        : grade.map(given -> given.achievement().label()).orElse(null),
                score.awaitingGrade(), score.needsCause(), score.needsExplanation());
        return new ResultView(indicator.level1(), indicator.level2(), indicator.level3(),
                indicator.fullYearText(), actual, result.map(IndicatorResult::getSource).orElse(null),
                text(DeviationRate.of(indicator.fullYearText(), actual)),
                result.map(IndicatorResult::getCause).orElse(null), scoring);
    }

    private static String text(Optional<Percentage> rate) {
        return rate.map(Percentage::text).orElse(null);
    }

    private static BigDecimal stored(BigDecimal amount) {
        return amount == null ? null : amount.setScale(STORED_DECIMALS, RoundingMode.HALF_UP);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
