package vn.tuyengiao.response.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.platform.Reminders;

/**
 * The home page's reminders of cases: those of the caller's units past their deadline for a verdict and the open
 * cases given to the caller. Their notices (an escalation, an assignment, a closed claim surfacing again) are
 * counted by the notice centre.
 */
@Component
class CaseReminders implements Reminders {

	private final CaseRecords cases;

	private final AccessScope scope;

	private final MessageSource messages;

	CaseReminders(CaseRecords cases, AccessScope scope, MessageSource messages) {
		this.cases = cases;
		this.scope = scope;
		this.messages = messages;
	}

	@Override
	public List<Reminder> forCurrentUser() {
		return scope.currentIfAny().map(user -> {
			CaseRecords.Workload work = cases.workload();
			List<Reminder> reminders = new ArrayList<>();
			if (work.overdue() > 0) {
				reminders.add(new Reminder("danger", text("response.reminder.overdue", work.overdue()), "/response/cases"));
			}
			if (work.assigned() > 0) {
				reminders.add(new Reminder("info", text("response.reminder.assigned", work.assigned()), "/response/cases"));
			}
			return reminders;
		}).orElse(List.of());
	}

	private String text(String key, long count) {
		return messages.getMessage(key, new Object[] { count }, LocaleContextHolder.getLocale());
	}

}
