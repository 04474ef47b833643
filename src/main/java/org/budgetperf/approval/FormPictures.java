package org.budgetperf.approval;

import org.budgetperf.common.ParseListeners;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Gives each user task whose model names a {@link FormPicture} (extension property {@value #PROPERTY}) a form
 * handler that adds the picture to its form's variables. A name that is no picture fails the deployment.
 */
@Component
public class FormPictures extends AbstractProcessEnginePlugin {

    static final String PROPERTY = "formPicture";

    private final ListableBeanFactory beans;

    public FormPictures(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterEngines(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String picture = pictureName(element);
                if (picture == null) {
                    return;
                }
                if (!beans.containsBean(picture) || !beans.isTypeMatch(picture, FormPicture.class)) {
                    throw new ProcessEngineException("用户任务“" + activity.getId() + "”的表单数据“" + picture
                            + "”不存在（" + PROPERTY + " 应为一个 FormPicture 的名称）");
                }
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.setTaskFormHandler(new PictureFormHandler(task.getTaskFormHandler(),
                        () -> beans.getBean(picture, FormPicture.class)));
            }
        });
    }

    private static String pictureName(Element userTask) {
        Element extensions = userTask.element("extensionElements");
        Element properties = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(property -> PROPERTY.equals(property.attribute("name")))
                .map(property -> property.attribute("value")).findFirst().orElse(null);
    }
}
