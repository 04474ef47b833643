package org.budgetperf.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByRecipientGroupInOrderByCreatedAtDescIdDesc(Collection<String> groups, Pageable page);

    List<Notification> findByTargetIdOrderByIdAsc(Long targetId);
}
