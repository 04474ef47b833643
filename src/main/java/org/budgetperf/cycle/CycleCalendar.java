package org.budgetperf.cycle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When each phase opens and is due, in Asia/Shanghai: by default monitoring opens on July 1 of the budget year and
 * is due on July 31; the self-evaluation opens on January 10 of the next year and is due on March 31. A budget year
 * can have dates of its own ({@code budgetperf.cycle.years.2025.monitoring.opens: 2025-07-05}).
 */
@ConfigurationProperties("budgetperf.cycle")
public class CycleCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<CyclePhase, Window> phases = new EnumMap<>(Map.of(
            CyclePhase.MONITORING, new Window("07-01", "07-31", 0),
            CyclePhase.SELF_EVALUATION, new Window("01-10", "03-31", 1)));
    private final Map<Integer, Map<CyclePhase, Dates>> years = new HashMap<>();

    public Window getMonitoring() {
        return phases.get(CyclePhase.MONITORING);
    }

    public Window getSelfEvaluation() {
        return phases.get(CyclePhase.SELF_EVALUATION);
    }

    public Map<Integer, Map<CyclePhase, Dates>> getYears() {
        return years;
    }

    public Instant opens(CyclePhase phase, int budgetYear) {
        return startOf(date(phase, budgetYear, true));
    }

    public Instant due(CyclePhase phase, int budgetYear) {
        return startOf(date(phase, budgetYear, false).plusDays(1)).minusSeconds(1);
    }

    /** A phase opened after its due date (a table approved late) gets as long as the phase normally lasts. */
    public Instant dueWhenOpened(CyclePhase phase, int budgetYear, Instant openedAt) {
        Instant due = due(phase, budgetYear);
        return openedAt.isAfter(due) ? openedAt.plus(Duration.between(opens(phase, budgetYear), due)) : due;
    }

    private LocalDate date(CyclePhase phase, int budgetYear, boolean opening) {
        Dates own = years.getOrDefault(budgetYear, Map.of()).get(phase);
        LocalDate configured = own == null ? null : opening ? own.getOpens() : own.getDue();
        if (configured != null) {
            return configured;
        }
        Window window = phases.get(phase);
        return MonthDay.parse("--" + (opening ? window.getOpens() : window.getDue()))
                .atYear(budgetYear + window.getYearOffset());
    }

    private static Instant startOf(LocalDate day) {
        return day.atTime(LocalTime.MIDNIGHT).atZone(ZONE).toInstant();
    }

    /** A phase's yearly dates as month-day ("07-01"), in the budget year plus the offset. */
    public static class Window {
        private String opens;
        private String due;
        private int yearOffset;

        public Window(String opens, String due, int yearOffset) {
            this.opens = opens;
            this.due = due;
            this.yearOffset = yearOffset;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getDue() {
            return due;
        }

        public void setDue(String due) {
            this.due = due;
        }

        public int getYearOffset() {
            return yearOffset;
        }

        public void setYearOffset(int yearOffset) {
            this.yearOffset = yearOffset;
        }
    }

    /** A budget year's own dates for a phase. */
    public static class Dates {
        private LocalDate opens;
        private LocalDate due;

        public LocalDate getOpens() {
            return opens;
        }

        public void setOpens(LocalDate opens) {
            this.opens = opens;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }
}
