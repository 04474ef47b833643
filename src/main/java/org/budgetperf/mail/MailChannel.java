package org.budgetperf.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.budgetperf.declaration.TargetQueries;
import org.budgetperf.notification.Notification;
import org.budgetperf.notification.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notifications by e-mail when {@code budgetperf.mail.enabled} is true: one UTF-8 mail per recipient, subject
 * 【预算绩效】kind：table, the message and links to the table and the inbox. Who gets it and the table's name are read
 * while the notifying transaction runs; the mails leave after it commits, so a decision rolled back sends nothing, and
 * a mail server that is down costs a warning in the log, never the decision.
 */
@Component
@ConditionalOnProperty(name = "budgetperf.mail.enabled", havingValue = "true")
class MailChannel implements NotificationChannel {

    private static final Logger LOG = LoggerFactory.getLogger(MailChannel.class);

    private final JavaMailSender sender;
    private final MailSettings settings;
    private final MailRecipients recipients;
    private final TargetQueries targets;

    MailChannel(JavaMailSender sender, MailSettings settings, MailRecipients recipients, TargetQueries targets) {
        this.sender = sender;
        this.settings = settings;
        this.recipients = recipients;
        this.targets = targets;
    }

    @Override
    public void deliver(Notification notification) {
        List<String> to;
        String subject;
        try {
            to = recipients.of(notification.getRecipientGroup());
            subject = subject(notification);
        } catch (RuntimeException e) {
            LOG.warn("邮件通知 {} 未能准备（收件人或表名读取失败）：{}", notification.getId(), e.toString());
            return;
        }
        String body = body(notification);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                to.forEach(address -> send(address, subject, body, notification));
            }
        });
    }

    private void send(String address, String subject, String body, Notification notification) {
        try {
            MimeMessage mail = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(address);
            helper.setSubject(subject);
            helper.setText(body, false);
            sender.send(mail);
        } catch (MailException | MessagingException e) {
            LOG.warn("邮件通知 {} 未能发送给 {}：{}", notification.getId(), address, e.toString());
        }
    }

    private String subject(Notification notification) {
        String kind = "【预算绩效】" + notification.getType().label();
        return notification.getTargetId() == null ? kind
                : kind + "：" + targets.find(notification.getTargetId()).getName();
    }

    private String body(Notification notification) {
        StringBuilder body = new StringBuilder(notification.getMessage()).append("\n\n");
        if (notification.getTargetId() != null) {
            body.append("查看绩效目标表：").append(settings.link("/editor/edit.html?id=" + notification.getTargetId()))
                    .append('\n');
        }
        body.append("我的通知：").append(settings.link("/inbox/")).append("\n\n")
                .append("（本邮件由预算绩效目标工作流自动发送，请勿直接回复。）\n");
        return body.toString();
    }
}
