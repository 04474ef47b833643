package org.budgetperf.approval;

/**
 * Whether someone has worked on a review task beside deciding it (a comment, a transfer, a co-signer added…): the
 * review has then started, and the unit may no longer withdraw the table. Implemented where those operations are
 * recorded, so that approval does not depend on them.
 */
public interface ReviewActivity {

    boolean startedOn(String taskId);
}
