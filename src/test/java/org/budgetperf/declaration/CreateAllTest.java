package org.budgetperf.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.budgetperf.common.ConflictException;
import org.budgetperf.common.ForbiddenException;
import org.budgetperf.security.CurrentUser;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.TestTargets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Creating many tables at once (an import): each refused on its own terms, the others created. */
@IntegrationTest
class CreateAllTest {

    private static final CurrentUser UNIT = TestTargets.user("unit-staff");

    @Autowired
    TargetService targets;
    @Autowired
    TargetQueries queries;

    /** Rolled back: six hundred tables left behind would crowd other tests' first pages. */
    @Test
    @Transactional
    void refusesTakenCodesInEveryChunkOfTheLookupAndCreatesTheRest() {
        TargetRequest takenFirst = TestTargets.project(TestTargets.JS_UNIT);
        TargetRequest takenLast = TestTargets.project(TestTargets.JS_UNIT);
        targets.create(takenFirst, UNIT);
        targets.create(takenLast, UNIT);
        List<TargetRequest> requests = new ArrayList<>();
        requests.add(takenFirst);
        IntStream.range(0, 600).forEach(i -> requests.add(TestTargets.project(TestTargets.JS_UNIT)));
        requests.add(takenLast);
        requests.add(TestTargets.project(TestTargets.JS_UNIT_2));

        List<TargetService.Creation> created = targets.createAll(requests, UNIT);

        assertThat(created).hasSize(requests.size());
        assertThat(created.get(0).refusal()).isInstanceOf(ConflictException.class)
                .hasMessage("项目编码 " + takenFirst.code() + " 在 2025 年度已存在");
        assertThat(created.get(601).refusal()).as("a code looked up in the second query")
                .isInstanceOf(ConflictException.class).hasMessageContaining(takenLast.code());
        assertThat(created.get(602).refusal()).as("another unit's table").isInstanceOf(ForbiddenException.class);
        assertThat(created.subList(1, 601)).allSatisfy(creation -> {
            assertThat(creation.refusal()).isNull();
            assertThat(queries.exists(creation.target().getCode(), 2025)).isTrue();
        });
        assertThat(queries.exists(requests.get(602).code(), 2025)).isFalse();
    }
}
