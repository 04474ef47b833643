package org.budgetperf.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.demo.DemoData.Directory;
import org.budgetperf.demo.DemoData.OrganizationEntry;
import org.budgetperf.organization.OrganizationService;
import org.budgetperf.organization.OrganizationType;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.declaration.TargetRequest;
import org.budgetperf.declaration.TargetService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the organizations, users and tables taken from the seed documents, each only once, and opens each
 * table's approval process so that its unit finds the preparation task in the Tasklist.
 */
@Component
@ConditionalOnProperty(name = DemoDataGuard.ENABLED, havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrganizationService organizations;
    private final TargetService targets;
    private final TargetQueries targetQueries;
    private final ApprovalService approval;
    private final DemoIdentity identity;
    private final TasklistFilters filters;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    DemoDataLoader(OrganizationService organizations, TargetService targets,
                   TargetQueries targetQueries, ApprovalService approval, DemoIdentity identity,
                   TasklistFilters filters, ObjectMapper json, TransactionTemplate transaction) {
        this.organizations = organizations;
        this.targets = targets;
        this.targetQueries = targetQueries;
        this.approval = approval;
        this.identity = identity;
        this.filters = filters;
        this.json = json;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (OrganizationEntry org : read("demo/organizations.json", new TypeReference<List<OrganizationEntry>>() { })) {
            organizations.createIfAbsent(org.code(), org.name(), OrganizationType.valueOf(org.type()), org.parentCode());
        }
        if (identity.writable()) {
            identity.ensureOrganizationGroups(organizations.all());
            identity.ensureDirectory(read("demo/users.json", new TypeReference<Directory>() { }));
        }
        filters.ensure();
        Resource[] tables = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/targets/*.json");
        Arrays.sort(tables, Comparator.comparing(Resource::getFilename));
        for (Resource table : tables) {
            TargetRequest request;
            try (InputStream in = table.getInputStream()) {
                request = json.readValue(in, TargetRequest.class);
            }
            if (!targetQueries.exists(request.code(), request.budgetYear())) {
                transaction.executeWithoutResult(status ->
                        approval.open(targets.create(request, CurrentUser.system())));
                LOG.info("演示数据：已载入绩效目标表 {} {}", request.code(), request.name());
            }
        }
    }

    private <T> T read(String path, TypeReference<T> type) throws IOException {
        try (InputStream in = new org.springframework.core.io.ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        }
    }
}
