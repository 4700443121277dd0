package vn.tuyengiao.topics.internal.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One alert rule of a topic as stored.
 *
 * @param spikeThreshold more than this many matches in one clock hour is a spike, told once for that hour;
 *        {@code null} when the rule does not watch for spikes
 * @param recipients usernames, for the in-app and e-mail channels
 */
record AlertRule(long id, long topicId, AlertMode mode, Integer spikeThreshold, Set<AlertChannel> channels,
		List<String> recipients, String webhookUrl, String webhookSecret) {

	/** Where this rule sends: each channel with each of its recipients (the URL for a webhook). */
	List<Target> targets() {
		List<Target> targets = new ArrayList<>();
		for (AlertChannel channel : AlertChannel.values()) {
			if (!channels.contains(channel)) {
				continue;
			}
			if (channel == AlertChannel.WEBHOOK) {
				targets.add(new Target(channel, webhookUrl));
			}
			else {
				recipients.forEach(username -> targets.add(new Target(channel, username)));
			}
		}
		return targets;
	}

	/** A channel and whom on it: a username, or a webhook's URL. */
	record Target(AlertChannel channel, String recipient) {
	}

}
