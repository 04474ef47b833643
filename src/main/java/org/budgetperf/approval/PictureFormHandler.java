package org.budgetperf.approval;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The task's own form handler, with the picture's variables as form fields: the engine reads form fields first when
 * it answers a form's variables ({@code GET task/{id}/form-variables}), so they win over any variable of the same
 * name. The picture is computed when a field's value is first read, once per form: fetching only the form's key
 * ({@code GET task/{id}/form}) computes nothing.
 */
final class PictureFormHandler implements TaskFormHandler {

    private final TaskFormHandler own;
    private final Supplier<FormPicture> picture;

    PictureFormHandler(TaskFormHandler own, Supplier<FormPicture> picture) {
        this.own = own;
        this.picture = picture;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        TaskFormData form = own.createTaskForm(task);
        FormPicture shown = picture.get();
        Computed values = new Computed(shown, task);
        shown.names().forEach(name -> form.getFormFields().add(new PicturedField(name, values)));
        return form;
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                                   ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
        own.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
        own.submitFormVariables(properties, variableScope);
    }

    private static final class Computed {
        private final FormPicture picture;
        private final DelegateTask task;
        private Map<String, Object> values;

        Computed(FormPicture picture, DelegateTask task) {
            this.picture = picture;
            this.task = task;
        }

        TypedValue get(String name) {
            if (values == null) {
                values = picture.of(task);
            }
            return Variables.untypedValue(values.get(name));
        }
    }

    private static final class PicturedField extends FormFieldImpl {
        private final Computed values;

        PicturedField(String name, Computed values) {
            this.values = values;
            setId(name);
            setLabel(name);
        }

        @Override
        public TypedValue getValue() {
            return values.get(getId());
        }

        @Override
        public String getTypeName() {
            return "json";
        }
    }
}
