package vn.tuyengiao.notices;

import java.util.List;

import vn.tuyengiao.access.Role;
import vn.tuyengiao.platform.PageOf;
import vn.tuyengiao.platform.Paging;

/** The notice centre: what modules tell people, and each user's own list of it. */
public interface Notices {

	/**
	 * A notice to post.
	 *
	 * @param origin the posting module ({@code response}, {@code topics}, ...), at most 20 characters
	 * @param kind the kind of notice in that module, at most 30 characters
	 * @param link a path of the application to look at, or null
	 * @param unitId the unit the notice is about: holders of roles there are its recipients for
	 * {@link Notices#postToHolders}, and an e-mail copy goes only to someone who still holds a role there; or null
	 * @param onceKey when set, a recipient is told once whatever number of times it is posted
	 * @param byMail whether an e-mail copy is also sent (when SMTP is configured and the recipient has an address)
	 */
	record NewNotice(String origin, String kind, String title, String message, String link, Long unitId, String onceKey,
			boolean byMail) {

		public NewNotice(String origin, String kind, String title, String message, String link, Long unitId) {
			this(origin, kind, title, message, link, unitId, null, false);
		}

		/** The same notice, told to each recipient once for the given key. */
		public NewNotice once(String key) {
			return new NewNotice(origin, kind, title, message, link, unitId, key, byMail);
		}

		/** The same notice, also sent by e-mail. */
		public NewNotice alsoByMail() {
			return new NewNotice(origin, kind, title, message, link, unitId, onceKey, true);
		}

	}

	/**
	 * Tells one user, in the caller's transaction.
	 *
	 * @return false when the user had already been told the notice's key
	 */
	boolean post(String recipient, NewNotice notice);

	/**
	 * Tells every enabled account holding one of the roles on the notice's unit or on a unit above it.
	 *
	 * @return the usernames told now
	 */
	List<String> postToHolders(NewNotice notice, Role... roles);

	/** The signed-in user's notices from every module, newest first. */
	PageOf<Notice> mine(boolean unreadOnly, Paging paging);

	/** How many of the signed-in user's notices are unread; 0 when nobody is signed in. */
	int unreadCount();

	/**
	 * Marks one of the signed-in user's notices read (again is harmless).
	 *
	 * @return the notice, read
	 * @throws vn.tuyengiao.platform.NotFound when it is not theirs
	 */
	Notice markRead(long id);

	/** Marks all the signed-in user's notices read; returns how many were unread. */
	int markAllRead();

}
