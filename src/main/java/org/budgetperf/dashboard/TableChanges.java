package org.budgetperf.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import org.budgetperf.cycle.CycleStep;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.evaluation.SelfEvaluation;
import org.budgetperf.monitoring.MonitoringReport;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Hears every write of what a dashboard row says — a table (status, name, funds: an edit touches the table), a phase
 * of its year, its monitoring report, its self-evaluation — wherever in the application it happens, so that no
 * capability has to remember the dashboard.
 */
@Component
class TableChanges implements PostInsertEventListener, PostUpdateEventListener {

    private final EntityManagerFactory entityManagerFactory;
    private final TablesToRefresh refresh;

    TableChanges(EntityManagerFactory entityManagerFactory, TablesToRefresh refresh) {
        this.entityManagerFactory = entityManagerFactory;
        this.refresh = refresh;
    }

    @PostConstruct
    void listen() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        tableOf(event.getEntity()).ifPresent(id -> refresh.mark(event.getSession(), id));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        tableOf(event.getEntity()).ifPresent(id -> refresh.mark(event.getSession(), id));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static Optional<Long> tableOf(Object entity) {
        if (entity instanceof PerformanceTarget target) {
            return Optional.of(target.getId());
        }
        if (entity instanceof CycleStep step) {
            return Optional.of(step.getTargetId());
        }
        if (entity instanceof MonitoringReport report) {
            return Optional.of(report.getTargetId());
        }
        if (entity instanceof SelfEvaluation evaluation) {
            return Optional.of(evaluation.getTargetId());
        }
        return Optional.empty();
    }
}
