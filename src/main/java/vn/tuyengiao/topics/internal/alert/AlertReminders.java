package vn.tuyengiao.topics.internal.alert;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.platform.Reminders;

/** The dashboard's reminder of unread alerts: one line per topic, a spike shown as a warning. */
@Component
class AlertReminders implements Reminders {

	static final int MAX_TOPICS = 5;

	private final Notifications notifications;

	private final AccessScope scope;

	private final MessageSource messages;

	AlertReminders(Notifications notifications, AccessScope scope, MessageSource messages) {
		this.notifications = notifications;
		this.scope = scope;
		this.messages = messages;
	}

	@Override
	public List<Reminder> forCurrentUser() {
		return scope.currentIfAny()
			.map(user -> notifications.unread(user.username())
				.stream()
				.limit(MAX_TOPICS)
				.map(unread -> new Reminder(unread.spike() ? "warning" : "info",
						messages.getMessage(unread.spike() ? "monitor.alert.reminder.spike" : "monitor.alert.reminder",
								new Object[] { unread.count(), unread.topicName() }, LocaleContextHolder.getLocale()),
						"/monitor/alerts"))
				.toList())
			.orElse(List.of());
	}

}
