package org.budgetperf.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an indicator value as people write it into an {@link IndicatorValue}. It never throws, and
 * {@link IndicatorValue#raw()} is always the text exactly as given ({@code ""} for {@code null}).
 *
 * <p>The grammar reads the {@linkplain CompactText compact} form of the text (no white space or line breaks,
 * ASCII digits, {@code ≥ ≤ > < =} for every way of writing an operator, no thousands separators) and tries:
 * <ol>
 *   <li>{@link Parts}: the raw text cut at {@code ，,；;、} gives two or more pieces and every piece reads as one of
 *       the kinds below other than text ({@code 地铁公益广告不少于30个点位，路名牌上刊不少于200块});
 *   <li>{@link Deadline}: {@code [YYYY年]M月[底][前|之前][activity]}, also {@code [YYYY]年底…};
 *   <li>{@link BaselineComparison}: a change from a baseline year ({@code 较上年提高}, {@code 较2022年增长10%},
 *       {@code 同比减少10%}, {@code 不低于上年}, {@code 与上年持平}), see {@link BaselineReader};
 *   <li>{@link Absence}: something that must not happen ({@code 无重大安全事故}, {@code 零投诉}), see
 *       {@link AbsenceReader};
 *   <li>{@link Comparison}: {@code [subject] (≥|≤|>|<|=|不少于|不低于|不超过|不高于|达到|达|…) number [unit] [object]},
 *       or {@code [subject] number [unit] (以上|以内|以下)} ({@code 完成“三献”志愿登记≥10000人},
 *       {@code ≤200份中国红十字报及博爱杂志}: unit 份, object 中国红十字报及博爱杂志);
 *   <li>{@link Amount}: {@code [subject] number [unit] [note]}, the note a qualifier or a scope in brackets
 *       ({@code 受理率100%}, {@code 1}, {@code 100%完成}, {@code 100%覆盖(12个社区)});
 *   <li>{@link Qualitative}: text without digits, operators or separators, optionally with a note in
 *       brackets, at most {@value QualitativeTerms#LONGEST_TERM} characters, ending in a grade word such as 规范 合理 健全 有效 合规
 *       及时 完成 满意 较好 良好 充分 明确 科学 公开 完善 高效 提高 符合 一致 相符 达标 稳定 and those configured
 *       ({@code 设备运行良好}, {@code 显著提高}, {@code 及时(6月底前)});
 *   <li>{@link FreeText}: everything else, including {@code 序时进度}, {@code 实现交流协作目标},
 *       {@code 全年网络安全运行}, {@code 符合中国红十字会备灾救灾中心规划建设标准} and any text whose compact form is
 *       longer than {@value #LONGEST_PARSED} characters. People judge these.
 * </ol>
 * A unit may carry a 万/亿 multiplier ({@code 50万人次}): {@link Quantity} keeps the number as written and the
 * scaled one. A unit may be written in brackets after the number ({@code 90（%）}) or after the subject
 * ({@code 培训人数（人）≥100}).
 */
public final class IndicatorValueParser {

    /** Indicator values are short; beyond this length a text is not worth reading for numbers and dates. */
    static final int LONGEST_PARSED = 200;

    private final QualitativeTerms terms;

    /** A parser that knows the built-in grade words only. */
    public IndicatorValueParser() {
        this(List.of());
    }

    /** @param extraGradeTerms grade words added to the built-in table ({@code budgetperf.indicator.grade-terms}) */
    public IndicatorValueParser(List<String> extraGradeTerms) {
        this.terms = new QualitativeTerms(extraGradeTerms);
    }

    /** The grade words this parser knows: the built-in table, then the configured ones. */
    public List<String> gradeTerms() {
        return terms.gradeWords();
    }

    public IndicatorValue parse(String raw) {
        String given = raw == null ? "" : raw;
        String text = CompactText.of(given);
        if (text.isEmpty() || text.length() > LONGEST_PARSED) {
            return new FreeText(given);
        }
        return parts(given).orElseGet(() -> single(given, text));
    }

    private Optional<IndicatorValue> parts(String raw) {
        List<String> pieces = PartSplitter.split(raw);
        if (pieces.size() < 2) {
            return Optional.empty();
        }
        List<IndicatorValue> parts = new ArrayList<>();
        for (String piece : pieces) {
            String text = CompactText.of(piece);
            if (text.isEmpty()) {
                continue;
            }
            IndicatorValue part = single(piece, text);
            if (part instanceof FreeText) {
                return Optional.empty();
            }
            parts.add(part);
        }
        return parts.size() < 2 ? Optional.empty() : Optional.of(new Parts(raw, parts));
    }

    private IndicatorValue single(String raw, String text) {
        return DeadlineReader.read(raw, text)
                .or(() -> BaselineReader.read(raw, text))
                .or(() -> AbsenceReader.read(raw, text))
                .or(() -> MeasureReader.read(raw, text))
                .or(() -> terms.read(raw, text))
                .orElseGet(() -> new FreeText(raw));
    }
}
