package org.budgetperf.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.budgetperf.common.TableProcesses;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations for the role groups, in both profiles. Who sees and works on which task comes
 * from the tasks' candidate groups (the engine grants a task's candidates access to it); on top of that:
 * everyone may use the shared Tasklist filters; preparers and reviewers use the Tasklist; managers read every
 * process, task and history in Tasklist and Cockpit but may change nothing; camunda-admin may do anything.
 */
@Component
public class EngineAuthorizations {


    private final AuthorizationService authorizations;

    public EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void ensure() {
        global(Resources.FILTER, ANY, Permissions.READ);
        for (String worker : List.of(Roles.PREPARER, Roles.REVIEWER)) {
            grant(worker, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            TableProcesses.KEYS.forEach(process ->
                    grant(worker, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ));
        }
        grant(Roles.MANAGER, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.MANAGER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.MANAGER, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(Roles.MANAGER, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(Roles.MANAGER, Resources.TASK, ANY, Permissions.READ);
        grant(Roles.MANAGER, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Roles.MANAGER, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        narrowTaskGrantsToWork();
    }

    /**
     * Tasks created before TASK_WORK became the candidates' permission still grant UPDATE, with which a candidate
     * may rewrite the task's variables: those grants become TASK_WORK.
     */
    private void narrowTaskGrantsToWork() {
        authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).resourceType(Resources.TASK)
                .hasPermission(Permissions.UPDATE).list().stream()
                .filter(grant -> !Groups.CAMUNDA_ADMIN.equals(grant.getGroupId()))
                .forEach(grant -> {
                    grant.removePermission(Permissions.UPDATE);
                    grant.addPermission(TaskPermissions.TASK_WORK);
                    authorizations.saveAuthorization(grant);
                });
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean present = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
        if (!present) {
            Authorization authorization = describe(AUTH_TYPE_GRANT, resource, resourceId, permissions);
            authorization.setGroupId(groupId);
            authorizations.saveAuthorization(authorization);
        }
    }

    private void global(Resource resource, String resourceId, Permission... permissions) {
        boolean present = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (!present) {
            Authorization authorization = describe(AUTH_TYPE_GLOBAL, resource, resourceId, permissions);
            authorization.setUserId(ANY);
            authorizations.saveAuthorization(authorization);
        }
    }

    private Authorization describe(int type, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(type);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        return authorization;
    }
}
