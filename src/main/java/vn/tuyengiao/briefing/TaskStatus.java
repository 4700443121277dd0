package vn.tuyengiao.briefing;

/** Computed from the task's progress and deadline, never set by hand. */
public enum TaskStatus {

	NOT_STARTED, IN_PROGRESS, DONE, OVERDUE

}
