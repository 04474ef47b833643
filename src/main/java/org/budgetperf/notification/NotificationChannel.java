package org.budgetperf.notification;

/**
 * A way a notification reaches people beside the in-app inbox, which always has it (e-mail, when configured). Called
 * as the notification is stored, inside the business transaction: a channel sends only once that commits, and never
 * fails the operation that notified.
 */
public interface NotificationChannel {

    void deliver(Notification notification);
}
