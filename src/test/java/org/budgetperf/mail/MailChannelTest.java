package org.budgetperf.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.budgetperf.declaration.PerformanceTarget;
import org.budgetperf.notification.NotificationChannel;
import org.budgetperf.notification.NotificationService;
import org.budgetperf.notification.NotificationType;
import org.budgetperf.support.Inbox;
import org.budgetperf.support.IntegrationTest;
import org.budgetperf.support.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail notifications through a real SMTP server (GreenMail) that the test starts on a free port: an urge reaches the
 * finance reviewer's mailbox in Chinese, a rolled-back transaction sends nothing, a server that is down costs the urge
 * nothing, and without {@code budgetperf.mail.enabled} there is no mail channel at all.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailChannelTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ReviewFixtures tables;
    @Autowired
    NotificationService notifications;
    @Autowired
    TransactionTemplate transaction;

    /** A context beside the shared one, with an engine name of its own and no webapps: "default" stays the shared one. */
    @DynamicPropertySource
    static void mailOn(DynamicPropertyRegistry registry) {
        registry.add("camunda.bpm.process-engine-name", () -> "mail");
        registry.add("camunda.bpm.webapp.enabled", () -> "false");
        registry.add("spring.jmx.enabled", () -> "false");
        registry.add("budgetperf.mail.enabled", () -> "true");
        registry.add("budgetperf.mail.from", () -> "budgetperf@example.org");
        registry.add("budgetperf.mail.base-url", () -> "https://budget.example.org/");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Test
    void anUrgeMailsTheFinanceReviewerInChinese() throws Exception {
        PerformanceTarget target = tables.atFinanceReview();

        assertThat(urge(target).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).flatMap(m -> addresses(recipients(m)).stream()))
                .containsExactlyInAnyOrder("finance-reviewer@example.org", "finance-reviewer-2@example.org");
        MimeMessage mail = Arrays.stream(received)
                .filter(m -> addresses(recipients(m)).contains("finance-reviewer@example.org")).findFirst().orElseThrow();
        assertThat(addresses(mail.getFrom())).containsExactly("budgetperf@example.org");
        assertThat(mail.getSubject()).isEqualTo("【预算绩效】催办：" + target.getName());
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) mail.getContent()).contains("王晓催办“" + target.getName() + "”的财政部门审核")
                .contains("催办说明：资金急需下达")
                .contains("查看绩效目标表：https://budget.example.org/editor/edit.html?id=" + target.getId())
                .contains("我的通知：https://budget.example.org/inbox/");
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        PerformanceTarget target = tables.atDepartmentReview();
        transaction.executeWithoutResult(status -> {
            notifications.notifyPerson("finance-reviewer", NotificationType.REMINDER, target.getId(), null, "撤销的提醒");
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> notifications.notifyPerson("finance-reviewer",
                NotificationType.REMINDER, target.getId(), null, "保留的提醒"));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(MailChannelTest::text))
                .singleElement().asString().contains("保留的提醒").doesNotContain("撤销的提醒");
    }

    @Test
    void withTheMailServerDownTheUrgeStillSucceeds(CapturedOutput log) {
        PerformanceTarget target = tables.atFinanceReview();
        SMTP.stop();

        assertThat(urge(target).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(Inbox.notificationsOf(rest, "finance-reviewer"))
                .anySatisfy(n -> assertThat(n.path("targetId").asLong()).isEqualTo(target.getId()));
        assertThat(log.getOut()).contains("未能发送给 finance-reviewer@example.org");
    }

    @Test
    void withoutTheSwitchThereIsNoMailChannelEvenWithAnSmtpServer() {
        ApplicationContextRunner configured = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
                .withUserConfiguration(MailChannel.class)
                .withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + SMTP_PORT);
        configured.run(context -> assertThat(context).hasSingleBean(JavaMailSender.class)
                .doesNotHaveBean(NotificationChannel.class));
        configured.withPropertyValues("budgetperf.mail.enabled=false").run(context -> assertThat(context)
                .hasSingleBean(JavaMailSender.class).doesNotHaveBean(NotificationChannel.class));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private ResponseEntity<JsonNode> urge(PerformanceTarget target) {
        return rest.withBasicAuth("unit-staff", "demo").postForEntity("/api/targets/" + target.getId() + "/urge",
                Map.of("reason", "资金急需下达"), JsonNode.class);
    }

    private static Address[] recipients(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
