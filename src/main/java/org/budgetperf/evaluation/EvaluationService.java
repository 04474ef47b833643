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
import org.budgetperf.common.ApiException.FieldError;
import org.budgetperf.common.BadRequestException;
import org.budgetperf.evaluation.EvaluationRequest.BudgetExecutionLine;
import org.budgetperf.evaluation.EvaluationRequest.IndicatorResultLine;
import org.budgetperf.evaluation.EvaluationView.BudgetLineView;
import org.budgetperf.evaluation.EvaluationView.ResultView;
import org.budgetperf.indicator.DeviationRate;
import org.budgetperf.indicator.ExecutionRate;
import org.budgetperf.indicator.Percentage;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetAccess;
import org.budgetperf.declaration.TargetIndicator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording a target's self-evaluation (its unit) and reading it (anyone who may read the target). */
@Service
@Transactional
public class EvaluationService {

    /** The scale of the money columns. */
    private static final int STORED_DECIMALS = 6;

    private final SelfEvaluationRepository evaluations;
    private final TargetAccess access;
    private final Validator validator;

    public EvaluationService(SelfEvaluationRepository evaluations, TargetAccess access, Validator validator) {
        this.evaluations = evaluations;
        this.access = access;
        this.validator = validator;
    }

    /** Replaces the target's evaluation; every result line must name one of the target's indicators, once. */
    public EvaluationView record(Long targetId, EvaluationRequest request, CurrentUser user) {
        PerformanceTarget target = access.preparable(user, targetId);
        validate(request);
        List<IndicatorResult> results = matchResults(target, Objects.requireNonNullElse(request.results(), List.of()));
        List<BudgetExecution> budget = Objects.requireNonNullElse(request.budget(), List.<BudgetExecutionLine>of())
                .stream()
                .map(line -> new BudgetExecution(line.name().strip(), stored(line.initialBudget()),
                        stored(line.adjustment()), stored(line.adjustedBudget()), stored(line.actualSpending())))
                .toList();
        SelfEvaluation evaluation = evaluations.findByTargetId(target.getId())
                .orElseGet(() -> new SelfEvaluation(target.getId()));
        evaluation.replace(target.getVersionNo(), budget, results, user.userId());
        return view(target, evaluations.save(evaluation));
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
        Set<ConstraintViolation<EvaluationRequest>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return;
        }
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        throw new BadRequestException("提交的自评数据有误：" + errors.get(0).field() + "：" + errors.get(0).message(), errors);
    }

    private static List<IndicatorResult> matchResults(PerformanceTarget target, List<IndicatorResultLine> lines) {
        Map<IndicatorKey, TargetIndicator> indicators = new HashMap<>();
        target.getIndicators().forEach(indicator -> indicators.putIfAbsent(IndicatorKey.of(indicator), indicator));
        List<FieldError> errors = new ArrayList<>();
        Set<IndicatorKey> seen = new HashSet<>();
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorResultLine line = lines.get(i);
            IndicatorKey key = new IndicatorKey(line.level1(), line.level2(), line.level3());
            TargetIndicator indicator = indicators.get(key);
            if (indicator == null) {
                errors.add(new FieldError("results[" + i + "]", "绩效目标表中没有指标“" + key + "”"));
            } else if (!seen.add(key)) {
                errors.add(new FieldError("results[" + i + "]", "指标“" + key + "”重复填写"));
            } else {
                results.add(new IndicatorResult(indicator.getId(), key, line.actualValue(), blankToNull(line.source()),
                        blankToNull(line.cause())));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("自评结果与绩效目标表的指标不符：" + errors.get(0).message(), errors);
        }
        return results;
    }

    private static EvaluationView view(PerformanceTarget target, SelfEvaluation evaluation) {
        List<IndicatorResult> recorded = evaluation == null ? List.of() : evaluation.getResults();
        List<ResultView> results = target.getIndicators().stream()
                .map(indicator -> resultView(indicator, resultOf(indicator, recorded)))
                .toList();
        List<BudgetLineView> budget = evaluation == null ? List.of() : evaluation.getBudget().stream()
                .map(line -> new BudgetLineView(line.getName(), line.getInitialBudget(), line.getAdjustment(),
                        line.getAdjustedBudget(), line.getActualSpending(),
                        text(ExecutionRate.of(line.getActualSpending(), line.getAdjustedBudget()))))
                .toList();
        return new EvaluationView(target.getId(), target.getCode(), target.getBudgetYear(), evaluation != null,
                evaluation == null ? null : evaluation.getVersionNo(),
                evaluation == null ? null : evaluation.getRecordedBy(),
                evaluation == null ? null : evaluation.getRecordedAt(), budget, results);
    }

    private static Optional<IndicatorResult> resultOf(TargetIndicator indicator, List<IndicatorResult> recorded) {
        IndicatorKey key = IndicatorKey.of(indicator);
        return recorded.stream().filter(result -> indicator.getId().equals(result.getIndicatorId())).findFirst()
                .or(() -> recorded.stream().filter(result -> result.key().equals(key)).findFirst());
    }

    private static ResultView resultView(TargetIndicator indicator, Optional<IndicatorResult> result) {
        String actual = result.map(IndicatorResult::getActualValue).orElse(null);
        return new ResultView(indicator.getLevel1(), indicator.getLevel2(), indicator.getLevel3(),
                indicator.getFullYearValue(), actual, result.map(IndicatorResult::getSource).orElse(null),
                text(DeviationRate.of(indicator.getFullYearValue(), actual)),
                result.map(IndicatorResult::getCause).orElse(null));
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
