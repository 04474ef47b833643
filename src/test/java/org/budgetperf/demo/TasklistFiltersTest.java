package org.budgetperf.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetperf.support.IntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared filters list no variables for the cards: the task names say what each task is. */
@IntegrationTest
class TasklistFiltersTest {

    @Autowired
    TasklistFilters tasklistFilters;
    @Autowired
    FilterService filters;

    @Test
    void aFilterOfAnEarlierVersionLosesTheVariablesNobodyCouldRead() {
        Filter mine = filters.createFilterQuery().filterName("我的待办（本单位）").singleResult();
        assertThat(mine.getProperties()).doesNotContainKey("variables").containsEntry("priority", -10);
        Map<String, Object> earlier = new HashMap<>(mine.getProperties());
        earlier.put("variables", List.of(Map.of("name", "targetName", "label", "绩效目标表")));
        filters.saveFilter(mine.setProperties(earlier));

        tasklistFilters.ensure();

        assertThat(filters.getFilter(mine.getId()).getProperties()).doesNotContainKey("variables")
                .containsEntry("priority", -10).containsEntry("description", "本单位（所在组）可办理的任务，含已签收的");
    }
}
