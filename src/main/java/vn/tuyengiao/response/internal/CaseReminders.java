package vn.tuyengiao.response.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.platform.Reminders;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/**
 * The home page's reminders of cases: those of the caller's units past their deadline for a verdict, the open
 * cases given to the caller, and the caller's unread notices (an escalation, an assignment, a closed claim
 * surfacing again).
 */
@Component
class CaseReminders implements Reminders {

	private final Cases cases;

	private final AccessScope scope;

	private final MessageSource messages;

	CaseReminders(Cases cases, AccessScope scope, MessageSource messages) {
		this.cases = cases;
		this.scope = scope;
		this.messages = messages;
	}

	@Override
	public List<Reminder> forCurrentUser() {
		return scope.currentIfAny().map(user -> {
			List<Cases.Case> visible = cases.visible();
			long overdue = visible.stream().filter(Cases.Case::overdue).count();
			long mine = visible.stream()
				.filter(c -> c.status() != CaseStatus.CLOSED && user.username().equals(c.assignee()))
				.count();
			int unread = cases.notices(true).size();
			List<Reminder> reminders = new ArrayList<>();
			if (overdue > 0) {
				reminders.add(new Reminder("danger", text("response.reminder.overdue", overdue), "/response/cases"));
			}
			if (unread > 0) {
				reminders.add(new Reminder("warning", text("response.reminder.notices", unread), "/response/cases"));
			}
			if (mine > 0) {
				reminders.add(new Reminder("info", text("response.reminder.assigned", mine), "/response/cases"));
			}
			return reminders;
		}).orElse(List.of());
	}

	private String text(String key, long count) {
		return messages.getMessage(key, new Object[] { count }, LocaleContextHolder.getLocale());
	}

}
