package vn.tuyengiao.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in ({@code tuyengiao.access.*}).
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockoutDuration how long a locked account stays locked
 * @param minPasswordLength shortest password accepted when a user sets one
 * @param initialAdminPassword password of the first {@code admin} of an installation without demo
 *        data; when empty a random one is generated and written to the log once. Either way the admin
 *        must change it at first login.
 */
@ConfigurationProperties("tuyengiao.access")
record AccessSettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockoutDuration,
		@DefaultValue("8") int minPasswordLength, String initialAdminPassword) {
}
