package vn.tuyengiao.platform;

import java.util.List;

/**
 * What a module wants the signed-in user reminded of (nhắc việc): a report due soon or late, a report
 * waiting for review, an overdue task. Modules implement it as beans; the dashboard shows them all,
 * so no business module depends on the dashboard or the dashboard on them.
 */
public interface Reminders {

	List<Reminder> forCurrentUser();

	/**
	 * @param level {@code danger} (late), {@code warning} (due soon, returned) or {@code info}
	 * @param text already in Vietnamese (the user's language)
	 */
	record Reminder(String level, String text, String link) {
	}

}
