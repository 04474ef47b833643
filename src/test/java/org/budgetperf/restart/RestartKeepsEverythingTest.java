package org.budgetperf.restart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.budgetperf.approval.ApprovalHistory;
import org.budgetperf.approval.ApprovalService;
import org.budgetperf.approval.DecisionInput;
import org.budgetperf.approval.TaskView;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.SeparateApplication;
import org.budgetperf.support.TestTargets;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.declaration.TargetService;
import org.budgetperf.declaration.TargetStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/** The embedded default on its H2 file database: stop the application, start it again, nothing is lost. */
class RestartKeepsEverythingTest {

    private static final CurrentUser UNIT_STAFF = TestTargets.user("unit-staff");
    private static final CurrentUser DEPT_REVIEWER = TestTargets.user("dept-reviewer");

    @Test
    void tablesTasksAndDecisionsSurviveARestart(@TempDir Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.resolve("budgetperf").toAbsolutePath() + ";WRITE_DELAY=0";
        Long targetId;
        try (ConfigurableApplicationContext first = start(url)) {
            PerformanceTarget target = first.getBean(TargetService.class)
                    .create(TestTargets.project(TestTargets.JS_UNIT), UNIT_STAFF);
            targetId = target.getId();
            ApprovalService approval = first.getBean(ApprovalService.class);
            approval.submit(targetId, "重启前提交", UNIT_STAFF);
            TaskView review = approval.myTasks(DEPT_REVIEWER, PageRequest.of(0, 50)).getContent().stream()
                    .filter(task -> task.targetId().equals(targetId)).findFirst().orElseThrow();
            approval.complete(review.id(),
                    new DecisionInput("RETURN", null, "请补充年度目标的量化表述", null, false, null), DEPT_REVIEWER);
        }
        try (ConfigurableApplicationContext second = start(url)) {
            assertThat(second.getBean(TargetQueries.class).find(targetId).getStatus()).isEqualTo(TargetStatus.RETURNED);
            assertThat(second.getBean(ApprovalHistory.class).of(targetId))
                    .extracting(decision -> decision.getUserId() + ":" + decision.getDecision())
                    .containsExactly("unit-staff:SUBMIT", "dept-reviewer:RETURN");
            List<TaskView> tasks = second.getBean(ApprovalService.class).myTasks(UNIT_STAFF, PageRequest.of(0, 50))
                    .getContent();
            assertThat(tasks).anySatisfy(task -> {
                assertThat(task.targetId()).isEqualTo(targetId);
                assertThat(task.step().name()).isEqualTo("PREPARE");
            });
            assertThat(second.getBean(TargetQueries.class).details(targetId).indicators()).hasSize(2);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return SeparateApplication.start("restart", SeparateApplication.h2(url), "--spring.profiles.active=demo");
    }
}
