/**
 * The notice centre (thông báo) and the platform's one mail sender. Every module tells a person something through
 * {@link vn.tuyengiao.notices.Notices}: to one user, or to the holders of some roles on a unit (and the units above
 * it). A user reads all of theirs in one list, newest first, whichever module wrote them, at {@code /notices} and
 * {@code GET /api/notices}, marks them read there, and sees the unread count in the header and on the home page. A
 * notice posted with a key is told to each person once however often it is posted (an item analysed again).
 * <p>
 * {@link vn.tuyengiao.notices.Mail} sends e-mail, only when the operator configures SMTP ({@code spring.mail.host});
 * otherwise nothing is queued. A message is a row of {@code notices_mail} and a {@code MailRequested} event naming
 * it, kept in Spring Modulith's event publication registry, both written with the caller's transaction and sent
 * after it commits by a module listener; a message the server refused is tried again every {@code tuyengiao.notices.mail-retry} up to
 * {@code tuyengiao.notices.mail-attempts} times, and outstanding ones after a restart, so a message is sent at
 * least once. A notice posted {@code byMail} is also sent to its recipient's address while they hold a role on the
 * notice's unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thông báo (notices)",
		allowedDependencies = { "platform", "access", "audit" })
package vn.tuyengiao.notices;
