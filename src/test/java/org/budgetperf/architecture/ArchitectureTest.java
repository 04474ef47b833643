package org.budgetperf.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.declaration.TargetStatus;
import org.springframework.data.repository.Repository;

/** Keeps the shape DESIGN.md section 8 asks for. */
@AnalyzeClasses(packages = "org.budgetperf", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] OTHER_CAPABILITIES = {"org.budgetperf.organization..", "org.budgetperf.declaration..",
        "org.budgetperf.approval..", "org.budgetperf.notification..", "org.budgetperf.security..",
        "org.budgetperf.demo..", "org.budgetperf.common..", "org.budgetperf.excel..", "org.budgetperf.evaluation..",
        "org.budgetperf.operation..",
        "org.budgetperf.attachment..", "org.budgetperf.mail..", "org.budgetperf.dashboard.."};

    @ArchTest
    static final ArchRule indicatorIsPlainJava = noClasses().that().resideInAPackage("org.budgetperf.indicator..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..",
                    "jakarta..", "org.hibernate..")
            .orShould().dependOnClassesThat().resideInAnyPackage(OTHER_CAPABILITIES)
            .because("the value grammar, deviation and scoring are plain Java");

    @ArchTest
    static final ArchRule calculationIsPlainJava = noClasses().that().resideInAPackage("org.budgetperf.calculation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..",
                    "jakarta..", "org.hibernate..", "org.budgetperf.rules..")
            .orShould().dependOnClassesThat().resideInAnyPackage(OTHER_CAPABILITIES)
            .because("monitoring progress, scores and weights are plain Java; the thresholds come in as ScoringRules");

    @ArchTest
    static final ArchRule repositoriesStayInTheirCapability = classes().that().areAssignableTo(Repository.class)
            .should(beUsedOnlyInTheirOwnPackage())
            .because("a capability's tables are reached through its services, not its repositories");

    @ArchTest
    static final ArchRule domainCapabilitiesDoNotKnowTheEngine = noClasses()
            .that().resideInAnyPackage("org.budgetperf.declaration..", "org.budgetperf.organization..",
                    "org.budgetperf.notification..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("delegates in the process capabilities call the domain, not the other way round");

    @ArchTest
    static final ArchRule approvalDoesNotKnowOperations = noClasses()
            .that().resideInAPackage("org.budgetperf.approval..")
            .should().dependOnClassesThat().resideInAPackage("org.budgetperf.operation..")
            .because("operations build on approval; approval asks them through its own interfaces (ReviewActivity)");

    @ArchTest
    static final ArchRule onlyTheLifecycleChangesStatus = noClasses().that().doNotHaveSimpleName("TargetLifecycle")
            .and().doNotHaveSimpleName("PerformanceTarget")
            .should().callMethod(PerformanceTarget.class, "moveTo", TargetStatus.class)
            .because("a table's status changes in one place, driven by the process");

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only inside their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().stream()
                        .filter(use -> !use.getOriginClass().getPackageName().equals(repository.getPackageName()))
                        .forEach(use -> events.add(SimpleConditionEvent.violated(use, use.getDescription())));
            }
        };
    }
}
