package org.budgetperf.calculation;

/** A reviewer's score outside the band of the chosen verdict; the message is for the reviewer. */
public class ScoreOutsideBand extends IllegalArgumentException {

    public ScoreOutsideBand(String message) {
        super(message);
    }
}
