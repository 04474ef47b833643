package org.budgetperf.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.budgetperf.support.SeparateApplication;
import org.budgetperf.support.TestDatabase;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo data is a setting (the demo profile), off by default, and refused outside the embedded default
 * (H2, embedded identity) unless {@code budgetperf.demo.allow-outside-embedded} is set.
 */
class DemoSettingTest {

    private static final String DEMO = "--spring.profiles.active=demo";

    @Test
    void withoutTheSettingThereAreNoDemoUsersNorTables() {
        try (ConfigurableApplicationContext app = SeparateApplication.start("demooff",
                SeparateApplication.h2("jdbc:h2:mem:demo-off;DB_CLOSE_DELAY=-1"))) {
            assertThat(app.getBean(IdentityService.class).createUserQuery().count()).isZero();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from pt_target", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from pt_organization", Integer.class)).isZero();
        }
    }

    @Test
    void demoUsersUnderKeycloakAreRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> SeparateApplication.start("demokeycloak",
                SeparateApplication.h2("jdbc:h2:mem:demo-keycloak"), DEMO + ",keycloak"))
                .isInstanceOf(DemoDataRefused.class)
                .hasMessageContaining("拒绝启动").hasMessageContaining("启用了 keycloak 配置")
                .hasMessageContaining("the keycloak profile is active")
                .hasMessageContaining("budgetperf.demo.allow-outside-embedded=true");
    }

    @Test
    void demoDataOnAnotherDatabaseIsRefusedNamingOnlyItsKind() {
        assertThatThrownBy(() -> SeparateApplication.start("demopostgres",
                SeparateApplication.h2("jdbc:postgresql://db.example/budget?password=secret"), DEMO))
                .isInstanceOf(DemoDataRefused.class)
                .hasMessageContaining("数据库不是内嵌 H2（jdbc:postgresql）")
                .hasMessageContaining("the database is not the embedded H2 (jdbc:postgresql)")
                .hasMessageNotContaining("secret");
    }

    @Test
    void theExplicitSettingLoadsTheDemoOnPostgres() {
        assumeTrue(TestDatabase.isPostgresReachable(), "PostgreSQL at " + TestDatabase.ADMIN_URL + " is not reachable");
        String schema = TestDatabase.SCHEMA + "_demo";
        TestDatabase.recreateSchema(schema);
        try (ConfigurableApplicationContext app = SeparateApplication.start("demooverride",
                TestDatabase.settings(schema), DEMO, "--budgetperf.demo.allow-outside-embedded=true")) {
            assertThat(app.getBean(IdentityService.class).checkPassword("admin", DemoIdentity.PASSWORD)).isTrue();
            assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from pt_target where code = 'JS-HSZH-LLHZ-2023-01'", Integer.class)).isOne();
        }
    }
}
