package org.budgetperf.calculation;

/** A table's own weights (分值) that do not add up; the message names the level and is for people. */
public class WeightsRejected extends IllegalArgumentException {

    public WeightsRejected(String message) {
        super(message);
    }
}
