package vn.tuyengiao.notices.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tuyengiao.notices.Notices;
import vn.tuyengiao.platform.Reminders;

/**
 * The notice centre on the home page and in the header: one reminder line with the unread count, and the count
 * itself for the layout's badge (the bean {@code noticeBadge}, read only when a page is drawn).
 */
@Component("noticeBadge")
class NoticeReminders implements Reminders {

	private final Notices notices;

	private final MessageSource messages;

	NoticeReminders(Notices notices, MessageSource messages) {
		this.notices = notices;
		this.messages = messages;
	}

	/** The signed-in user's unread notices; 0 when nobody is signed in. */
	public int unread() {
		return notices.unreadCount();
	}

	@Override
	public List<Reminder> forCurrentUser() {
		int unread = unread();
		return unread == 0 ? List.of()
				: List.of(new Reminder("warning", messages.getMessage("notices.reminder", new Object[] { unread },
						LocaleContextHolder.getLocale()), "/notices"));
	}

}
