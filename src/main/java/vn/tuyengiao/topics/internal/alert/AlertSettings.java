package vn.tuyengiao.topics.internal.alert;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts of saved topics are delivered ({@code tuyengiao.monitor.alerts.*}).
 *
 * @param retryDelays the waits before each new attempt of a failed webhook call; after the last one the
 *        message is given up and shown as failed (e-mails are retried by the platform's mail sender)
 * @param webhookTimeout how long a webhook may take to connect and to answer
 * @param pollInterval how often messages due for a new attempt are looked for
 * @param hourlyCron when hourly digests go out (Vietnam time); {@code -} turns them off
 * @param dailyCron when daily digests go out (Vietnam time); {@code -} turns them off
 * @param maxItemsPerMessage the most items one digest message lists; more make several messages
 */
@ConfigurationProperties("tuyengiao.monitor.alerts")
record AlertSettings(@DefaultValue({ "1m", "5m", "30m", "2h", "6h" }) List<Duration> retryDelays,
		@DefaultValue("10s") Duration webhookTimeout, @DefaultValue("30s") Duration pollInterval,
		@DefaultValue("0 0 * * * *") String hourlyCron, @DefaultValue("0 0 7 * * *") String dailyCron,
		@DefaultValue("200") int maxItemsPerMessage) {

	AlertSettings {
		retryDelays = List.copyOf(retryDelays);
		if (maxItemsPerMessage < 1) {
			throw new IllegalArgumentException("tuyengiao.monitor.alerts.max-items-per-message must be at least 1");
		}
	}

}
