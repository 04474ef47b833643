package org.budgetperf.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused demo start as Spring Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
class DemoDataRefusedAnalyzer extends AbstractFailureAnalyzer<DemoDataRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoDataRefused cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
