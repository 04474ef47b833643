package org.budgetperf.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetperf.demo.DemoData.Directory;
import org.budgetperf.demo.DemoData.UserEntry;
import org.budgetperf.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A demo user created when the demo split names (first name 晓, last name 王, shown "晓 王" by the Camunda webapps'
 * header) is renamed to the whole name in the first name, keeping its password.
 */
@IntegrationTest
class DemoIdentityTest {

    @Autowired
    DemoIdentity demoIdentity;
    @Autowired
    IdentityService identity;

    @Test
    void aDemoUserOfAnEarlierVersionIsRenamedSurnameFirst() {
        User earlier = identity.createUserQuery().userId("unit-staff-2").singleResult();
        earlier.setFirstName("明");
        earlier.setLastName("李");
        identity.saveUser(earlier);

        demoIdentity.ensureDirectory(new Directory(List.of(), List.of(new UserEntry("unit-staff-2", "李明", "",
                "unit-staff-2@example.org", List.of("org-JS-HSZH-BZJZ", "preparer")))));

        User renamed = identity.createUserQuery().userId("unit-staff-2").singleResult();
        assertThat(renamed.getFirstName()).isEqualTo("李明");
        assertThat(renamed.getLastName()).isNullOrEmpty();
        assertThat(identity.checkPassword("unit-staff-2", "demo")).isTrue();
    }
}
