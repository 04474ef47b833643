package org.budgetperf.indicator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link Absence}s from compact text: {@code (无|零|未发生|杜绝|…)what[发生]} or {@code what(为零|零发生)},
 * where {@code what} is words ending in something that can go wrong ({@code 事故 投诉 事件 差错 违规 …}), so that
 * {@code 无纸化办公} or {@code 零容忍} are not read as absences.
 */
final class AbsenceReader {

    private static final String INCIDENT = "(?:事故|投诉|事件|案件|问题|差错|违规|违纪|违法|纠纷|伤亡|失误|损失|舆情|上访|"
            + "信访|隐患|行为|事项|泄露|泄密|延误|错误|火灾|污染|浪费|挪用|截留|流失|通报|处罚|追责|报道|疫情|冲突|死亡|"
            + "逾期|超支|拖欠|欠款|漏洞|故障|缺陷|意外|风险事件)";
    private static final String WHAT = "([^0-9≥≤<>=()（）" + CompactText.SEPARATORS + "]{0,14}?" + INCIDENT + ")";
    private static final Pattern BEFORE = Pattern.compile(
            "(?:无|零|未发生|未出现|杜绝|没有|不发生|不出现|实现零|确保无|确保零|确保不发生)" + WHAT + "(?:发生|出现|情况|现象)?");
    private static final Pattern AFTER = Pattern.compile(WHAT + "(?:为零|零发生|零增长)");

    private AbsenceReader() {
    }

    static Optional<IndicatorValue> read(String raw, String text) {
        Matcher m = BEFORE.matcher(text);
        if (!m.matches()) {
            m = AFTER.matcher(text);
        }
        return m.matches() ? Optional.of(new Absence(raw, m.group(1))) : Optional.empty();
    }
}
