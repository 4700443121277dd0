package vn.tuyengiao.briefing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.briefing.Briefings;
import vn.tuyengiao.briefing.Meeting;
import vn.tuyengiao.briefing.Task;
import vn.tuyengiao.briefing.TaskStatus;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportAgenda;

@Service
class BriefingService implements Briefings, ReportAgenda, vn.tuyengiao.platform.Reminders {

	private final MeetingRepository meetings;

	private final ConclusionRepository conclusions;

	private final TaskRepository tasks;

	private final TaskUpdateRepository updates;

	private final OrgUnits units;

	private final AccessScope scope;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	BriefingService(MeetingRepository meetings, ConclusionRepository conclusions, TaskRepository tasks,
			TaskUpdateRepository updates, OrgUnits units, AccessScope scope, AuditLog audit) {
		this.meetings = meetings;
		this.conclusions = conclusions;
		this.tasks = tasks;
		this.updates = updates;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Meeting record(NewMeeting command) {
		Period period = Period.parse(command.period());
		OrgUnit unit = unit(command.unitId(), "unitId");
		MeetingEntity meeting = meetings.saveAndFlush(new MeetingEntity(command, period.code(), clock.instant()));
		audit.record(AuditAction.CREATE, "briefing:" + meeting.id(), unit.id(), "Ghi hội nghị giao ban "
				+ period.vietnameseName() + " ngày " + command.heldOn() + " tại " + command.place());
		return meeting.toView();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Meeting> meeting(long id) {
		return meetings.findById(id).map(MeetingEntity::toView);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Meeting> meetings(Set<Long> unitIds) {
		return meetings.findByUnitIdInOrderByHeldOnDesc(unitIds).stream().map(MeetingEntity::toView).toList();
	}

	@Override
	@Transactional
	public Meeting.Conclusion conclude(long meetingId, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "validation.required");
		}
		MeetingEntity meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFound("briefing.not-found", meetingId));
		ConclusionEntity conclusion = conclusions.saveAndFlush(meeting.conclude(text));
		audit.record(AuditAction.CREATE, "briefing-conclusion:" + conclusion.id(), meeting.unitId(),
				"Kết luận giao ban: " + text.strip());
		return conclusion.toView();
	}

	@Override
	@Transactional
	public Task assign(NewTask command) {
		Period period = Period.parse(command.period());
		unit(command.leadUnitId(), "leadUnitId");
		Set<Long> cooperating = command.cooperatingUnitIds() == null ? Set.of() : command.cooperatingUnitIds();
		cooperating.forEach(id -> unit(id, "cooperatingUnitIds"));
		String reference = command.sourceReference() == null ? "" : command.sourceReference().strip();
		if ("CONCLUSION".equals(command.sourceType())) {
			if (command.conclusionId() == null) {
				throw new InvalidInput("conclusionId", "task.conclusion.required");
			}
			ConclusionEntity conclusion = conclusions.findById(command.conclusionId())
				.orElseThrow(() -> new InvalidInput("conclusionId", "task.conclusion.unknown", command.conclusionId()));
			if (reference.isEmpty()) {
				reference = "Kết luận hội nghị giao ban ngày " + conclusion.meeting().heldOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
			}
		}
		TaskEntity task = tasks.saveAndFlush(new TaskEntity(command.title().strip(), command.sourceType(),
				command.conclusionId(), reference, command.leadUnitId(), cooperating, command.deadline(), period.code(),
				clock.instant()));
		audit.record(AuditAction.CREATE, "task:" + task.id(), task.leadUnitId(), "Giao nhiệm vụ \"" + task.title()
				+ "\", hạn " + task.deadline() + ", báo cáo trong " + period.vietnameseName());
		return view(task);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Task> task(long id) {
		return tasks.findById(id).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks(Set<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return tasks.involving(unitIds).stream().map(this::view).toList();
	}

	@Override
	@Transactional
	public Task report(long taskId, long unitId, int progress, String note, long version) {
		TaskEntity task = tasks.findById(taskId).orElseThrow(() -> new NotFound("task.not-found", taskId));
		if (task.version() != version) {
			throw new Conflict("version", "problem.stale-edit");
		}
		if (!task.involves(unitId)) {
			throw new InvalidInput("unitId", "task.unit.not-involved");
		}
		if (progress < 0 || progress > 100) {
			throw new InvalidInput("progress", "task.progress.range");
		}
		if (note == null || note.isBlank()) {
			throw new InvalidInput("note", "validation.required");
		}
		task.progress(progress, today());
		tasks.saveAndFlush(task);
		updates.save(new TaskUpdateEntity(taskId, clock.instant(), actor(), unitId, progress, note.strip()));
		audit.record(AuditAction.UPDATE, "task:" + taskId, unitId, "Cập nhật tiến độ " + progress + "% nhiệm vụ \""
				+ task.title() + "\": " + note.strip());
		return view(task);
	}

	/** The next period's report shows the unit the tasks it must account for. */
	@Override
	@Transactional(readOnly = true)
	public List<AgendaItem> itemsFor(long unitId, Period period) {
		return tasks.involving(Set.of(unitId))
			.stream()
			.filter(task -> task.periodCode().equals(period.code()))
			.map(task -> new AgendaItem(task.title(), task.sourceReference(), task.deadline(),
					STATUS_LABELS.get(task.status(today())), "/tasks#task-" + task.id()))
			.toList();
	}

	/** Overdue tasks that the user's units lead and the user may report on. */
	@Override
	@Transactional(readOnly = true)
	public List<Reminder> forCurrentUser() {
		var user = scope.currentIfAny().orElse(null);
		if (user == null || user.coveredUnitIds().isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		return tasks.involving(user.coveredUnitIds())
			.stream()
			.filter(task -> task.status(today) == TaskStatus.OVERDUE)
			.filter(task -> scope.holds(vn.tuyengiao.access.RoleGroup.REPORT_EDITORS, task.leadUnitId()))
			.map(task -> new Reminder("danger", "Nhiệm vụ quá hạn: " + task.title() + " (hạn "
					+ task.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ").",
					"/tasks#task-" + task.id()))
			.toList();
	}

	static final Map<TaskStatus, String> STATUS_LABELS = Map.of(TaskStatus.NOT_STARTED, "Chưa thực hiện",
			TaskStatus.IN_PROGRESS, "Đang thực hiện", TaskStatus.DONE, "Đã hoàn thành", TaskStatus.OVERDUE, "Quá hạn");

	private Task view(TaskEntity task) {
		String lead = units.find(task.leadUnitId()).map(OrgUnit::name).orElse("?");
		return new Task(task.id(), task.title(), task.sourceType(), task.conclusionId(), task.sourceReference(),
				task.leadUnitId(), lead, Set.copyOf(task.cooperatingUnitIds()), task.deadline(), task.periodCode(),
				task.progress(), task.doneOn(), task.status(today()),
				updates.findByTaskIdOrderByAtAscIdAsc(task.id()).stream().map(TaskUpdateEntity::toView).toList(),
				task.version());
	}

	private OrgUnit unit(long id, String field) {
		return units.find(id).orElseThrow(() -> new InvalidInput(field, "org.not-found", id));
	}

	private LocalDate today() {
		return VietnamTime.today(clock);
	}

	private String actor() {
		return scope.currentIfAny().map(CurrentUser::username).orElse("system");
	}

}
