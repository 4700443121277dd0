/**
 * The briefing (hội nghị giao ban) and its tasks (nhiệm vụ): the meeting that closes a quarter records
 * its conclusions (kết luận); each conclusion can become tasks with a lead unit, cooperating units and a
 * deadline, followed up with progress updates until done. A task's status is computed (not started, in
 * progress, done, overdue), and the next period's report shows each unit the tasks it must report on.
 * Meetings and tasks are read by access's {@code CYCLE_READERS} on their units, so a collaborator reads none of
 * them; the board's staff ({@code BOARD_STAFF}) record meetings and set tasks for the units below, a unit's leader
 * for their own, and {@code REPORT_EDITORS} of a task's lead unit report its progress.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Giao ban và nhiệm vụ (briefing)",
		allowedDependencies = { "access", "audit", "org", "platform", "report" })
package vn.tuyengiao.briefing;
