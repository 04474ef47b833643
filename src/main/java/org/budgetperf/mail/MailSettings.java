package org.budgetperf.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code budgetperf.mail.*}: the sender and the address of this application that the mails link to. Whether mails go
 * out at all is {@code budgetperf.mail.enabled} ({@link MailChannel}); the SMTP server is Spring's {@code spring.mail.*}.
 */
@ConfigurationProperties("budgetperf.mail")
public record MailSettings(@DefaultValue("budgetperf@localhost") String from,
                           @DefaultValue("http://localhost:8080") String baseUrl) {

    String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
