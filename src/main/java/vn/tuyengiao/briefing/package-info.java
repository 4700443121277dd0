/**
 * The briefing (hội nghị giao ban) and its tasks (nhiệm vụ): the meeting that closes a quarter records
 * its conclusions (kết luận); each conclusion can become tasks with a lead unit, cooperating units and a
 * deadline, followed up with progress updates until done. A task's status is computed (not started, in
 * progress, done, overdue), and the next period's report shows each unit the tasks it must report on.
 * Meetings and tasks are read by the reading roles on their units; a collaborator reads none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Giao ban và nhiệm vụ (briefing)",
		allowedDependencies = { "access", "audit", "org", "platform", "report" })
package vn.tuyengiao.briefing;
