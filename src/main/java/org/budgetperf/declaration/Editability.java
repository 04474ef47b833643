package org.budgetperf.declaration;

/** Whether the caller may edit a table now; {@code reason} says why not, in the words an edit would be refused with. */
public record Editability(boolean editable, String reason) {
}
