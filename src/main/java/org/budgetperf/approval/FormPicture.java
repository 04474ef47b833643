package org.budgetperf.approval;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's Camunda Form shows of its table, computed from the tables whenever the form's variables are read
 * (Tasklist, {@code /engine-rest}, the Java API) and never stored on the task: no copy of the table goes into the
 * engine's variables and their history, and an edited table shows its new content at once. A user task names its
 * picture by bean name in the model ({@code <camunda:property name="formPicture" value="presentTargetForm"/>});
 * see {@link FormPictures}.
 */
public interface FormPicture {

    /** The names of the variables {@link #of} returns, known before anything is read. */
    List<String> names();

    /** The variables, each a value a Camunda Form reads (JSON through Camunda Spin). */
    Map<String, Object> of(DelegateTask task);
}
