package vn.tuyengiao.notices.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices and e-mail go out ({@code tuyengiao.notices.*}); the links in e-mails start with
 * {@code tuyengiao.base-url}, the platform's public address.
 *
 * @param mailFrom the sender address of every e-mail
 * @param mailRetry how long after a refused attempt a message is tried again
 * @param mailAttempts how many attempts a message gets before it is left failed in the registry
 */
@ConfigurationProperties("tuyengiao.notices")
record NoticeSettings(@DefaultValue("tuyengiao@localhost") String mailFrom, @DefaultValue("5m") Duration mailRetry,
		@DefaultValue("10") int mailAttempts) {
}
