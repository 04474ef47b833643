package org.budgetperf.declaration;

/**
 * What the caller may do with a table now: {@code preparedByCaller} when its unit is the caller's (it submits,
 * withdraws and asks for adjustments as the status allows), {@code editable} when it may edit the table now, and
 * otherwise {@code reason}, in the words an edit would be refused with.
 */
public record Editability(boolean preparedByCaller, boolean editable, String reason) {
}
