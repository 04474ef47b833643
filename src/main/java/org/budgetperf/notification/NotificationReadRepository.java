package org.budgetperf.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationReadRepository extends JpaRepository<NotificationRead, NotificationRead.Key> {

    @Query("select r.key.notificationId from NotificationRead r where r.key.userId = :user"
            + " and r.key.notificationId in :ids")
    List<Long> readAmong(@Param("user") String userId, @Param("ids") Collection<Long> notificationIds);

    @Query("select n.id from Notification n where n.recipientGroup in :groups and not exists"
            + " (select r from NotificationRead r where r.key.notificationId = n.id and r.key.userId = :user)")
    List<Long> unread(@Param("user") String userId, @Param("groups") Collection<String> groups);

    @Query("select count(n) from Notification n where n.recipientGroup in :groups and not exists"
            + " (select r from NotificationRead r where r.key.notificationId = n.id and r.key.userId = :user)")
    long countUnread(@Param("user") String userId, @Param("groups") Collection<String> groups);
}
