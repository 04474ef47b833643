package org.budgetperf.calculation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A monitoring warning light (预警灯), worst first: red (serious deviation, corrective action), yellow (behind,
 * the department is told), blue (far ahead of plan: the target may have been set too low, the unit explains) and
 * green (on track). Blue ranks above green because it asks for something.
 */
public enum Light {
    RED("红灯"), YELLOW("黄灯"), BLUE("蓝灯"), GREEN("绿灯");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A table's light: the worst of its lights; nothing when there are none. */
    public static Optional<Light> worstOf(Collection<Light> lights) {
        return lights.stream().min(Comparator.naturalOrder());
    }
}
