package org.budgetperf.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** A value as a Camunda Spin JSON variable, the form a Camunda Form reads lists and objects from. */
@Component
public class FormJson {

    private final ObjectMapper json;

    public FormJson(ObjectMapper json) {
        this.json = json;
    }

    public Object of(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法生成表单数据", e);
        }
    }
}
