package org.budgetperf.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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

    /**
     * Creates the filter. The cards need no variables from it (a unit's staff may not read a task's variables in the
     * list, and the process has none): each task's name says what it is ({@code TaskCard}), so the variables that
     * earlier versions listed are removed from an existing filter.
     */
    private void ensure(String name, int priority, String description, TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            Map<String, Object> properties = new HashMap<>(Objects.requireNonNullElse(existing.getProperties(),
                    Map.of()));
            if (properties.remove("variables") != null) {
                existing.setProperties(properties);
                filters.saveFilter(existing);
            }
            return;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(new HashMap<>(Map.of("priority", priority, "description", description,
                "refresh", true)));
        filters.saveFilter(filter);
    }
}
