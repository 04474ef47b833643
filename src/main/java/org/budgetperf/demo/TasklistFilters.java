package org.budgetperf.demo;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The Tasklist's shared filters, so that everyone sees their own work on first login. */
@Component
class TasklistFilters {

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    void ensure() {
        ensure("我的待办（本单位）", -10, "本单位（所在组）可办理的任务，含已签收的",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        ensure("我已签收", 0, "由我签收办理中的任务",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                "variables", java.util.List.of(
                        Map.of("name", "targetCode", "label", "项目编码"),
                        Map.of("name", "targetName", "label", "绩效目标表"),
                        Map.of("name", "budgetYear", "label", "预算年度"))));
        filters.saveFilter(filter);
    }
}
