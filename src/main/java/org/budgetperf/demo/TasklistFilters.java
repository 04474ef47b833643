package org.budgetperf.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.budgetperf.common.TableProcesses;
import org.budgetperf.security.Roles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist's shared filters, so that everyone sees their own work on first login, and the managers every open
 * task of the tables' processes (the demo's manager is province-wide: the engine lets managers read every task and
 * work on none, see EngineAuthorizations).
 */
@Component
class TasklistFilters {

    static final String ALL_OPEN_TASKS = "全部待办（只读）";

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    void ensure() {
        ensure("我的待办（本单位）", -10, "本单位（所在组）可办理的任务，含已签收的",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        ensure("我已签收", 0, "由我签收办理中的任务",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        Filter allOpen = ensure(ALL_OPEN_TASKS, 10, "管理范围内绩效目标表流程的全部待办，只能查看，不能签收或办理",
                tasks.createTaskQuery().processDefinitionKeyIn(TableProcesses.KEYS.toArray(String[]::new)));
        onlyForManagers(allOpen);
    }

    /**
     * Everyone may read the shared filters (a global grant); the preparers' and reviewers' groups are refused this
     * one, which would only repeat their own work under a managers' name.
     */
    private void onlyForManagers(Filter filter) {
        for (String workers : new String[] {Roles.PREPARER, Roles.REVIEWER}) {
            boolean refused = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE)
                    .groupIdIn(workers).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
            if (!refused) {
                Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
                revoke.setGroupId(workers);
                revoke.setResource(Resources.FILTER);
                revoke.setResourceId(filter.getId());
                revoke.removePermission(Permissions.READ);
                authorizations.saveAuthorization(revoke);
            }
        }
    }

    /**
     * Creates the filter. The cards need no variables from it (a unit's staff may not read a task's variables in the
     * list, and the process has none): each task's name says what it is ({@code TaskCard}), so the variables that
     * earlier versions listed are removed from an existing filter.
     */
    private Filter ensure(String name, int priority, String description, TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            Map<String, Object> properties = new HashMap<>(Objects.requireNonNullElse(existing.getProperties(),
                    Map.of()));
            if (properties.remove("variables") != null) {
                existing.setProperties(properties);
                filters.saveFilter(existing);
            }
            return existing;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(new HashMap<>(Map.of("priority", priority, "description", description,
                "refresh", true)));
        return filters.saveFilter(filter);
    }
}
