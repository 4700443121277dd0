package vn.tuyengiao.briefing.internal;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.access.UnitOutOfScope;
import vn.tuyengiao.briefing.Briefings;
import vn.tuyengiao.briefing.Meeting;
import vn.tuyengiao.briefing.Task;
import vn.tuyengiao.briefing.TaskStatus;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.NotFound;

/**
 * Briefings and tasks on the web. Anyone sees the meetings of units in their scope and the tasks their
 * units lead or cooperate on; the board's specialists and leaders record meetings and assign tasks; a
 * task's units report progress.
 */
final class BriefingWeb {

	private BriefingWeb() {
	}

	/**
	 * Whether the caller may set a task for the unit: the board's staff of a unit above it, or the unit's own
	 * leader.
	 */
	static boolean mayAssignTo(AccessScope scope, long unitId) {
		return scope.holdsAbove(RoleGroup.BOARD_STAFF, unitId) || scope.holds(RoleGroup.LEADERS, unitId);
	}

	static void requireMayAssignTo(AccessScope scope, long unitId) {
		if (!mayAssignTo(scope, unitId)) {
			throw new UnitOutOfScope(unitId);
		}
	}

	static Meeting visibleMeeting(Briefings briefings, AccessScope scope, long id) {
		Meeting meeting = briefings.meeting(id).orElseThrow(() -> new NotFound("briefing.not-found", id));
		scope.require(RoleGroup.CYCLE_READERS, meeting.unitId());
		return meeting;
	}

	static Task visibleTask(Briefings briefings, AccessScope scope, long id) {
		Task task = briefings.task(id).orElseThrow(() -> new NotFound("task.not-found", id));
		if (!scope.holds(RoleGroup.CYCLE_READERS, task.leadUnitId())
				&& task.cooperatingUnitIds().stream().noneMatch(unit -> scope.holds(RoleGroup.CYCLE_READERS, unit))) {
			throw new UnitOutOfScope(task.leadUnitId());
		}
		return task;
	}

	@RestController
	@Tag(name = "Giao ban và nhiệm vụ")
	static class Api {

		private final Briefings briefings;

		private final AccessScope scope;

		Api(Briefings briefings, AccessScope scope) {
			this.briefings = briefings;
			this.scope = scope;
		}

		@Operation(summary = "Các hội nghị giao ban của đơn vị trong phạm vi, mới nhất trước")
		@GetMapping("/api/briefings")
		List<Meeting> meetings() {
			return briefings.meetings(scope.unitsWith(RoleGroup.CYCLE_READERS));
		}

		@PostMapping("/api/briefings")
		@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER')")
		ResponseEntity<Meeting> record(@Valid @RequestBody Briefings.NewMeeting meeting) {
			scope.require(RoleGroup.BOARD_STAFF, meeting.unitId());
			Meeting recorded = briefings.record(meeting);
			return ResponseEntity.created(URI.create("/api/briefings/" + recorded.id())).body(recorded);
		}

		@GetMapping("/api/briefings/{id}")
		Meeting meeting(@PathVariable long id) {
			return visibleMeeting(briefings, scope, id);
		}

		@Operation(summary = "Thêm một kết luận của hội nghị")
		@PostMapping("/api/briefings/{id}/conclusions")
		@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER')")
		Meeting.Conclusion conclude(@PathVariable long id, @Valid @RequestBody ConclusionText text) {
			Meeting meeting = visibleMeeting(briefings, scope, id);
			scope.require(RoleGroup.BOARD_STAFF, meeting.unitId());
			return briefings.conclude(id, text.text());
		}

		@Operation(summary = "Nhiệm vụ của các đơn vị trong phạm vi (chủ trì hoặc phối hợp), hạn gần nhất trước")
		@GetMapping("/api/tasks")
		List<Task> tasks(@RequestParam(required = false) TaskStatus status) {
			return briefings.tasks(scope.unitsWith(RoleGroup.CYCLE_READERS))
				.stream()
				.filter(task -> status == null || task.status() == status)
				.toList();
		}

		@Operation(summary = "Giao nhiệm vụ (từ kết luận giao ban, chỉ thị hoặc kế hoạch)")
		@PostMapping("/api/tasks")
		@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER')")
		ResponseEntity<Task> assign(@Valid @RequestBody Briefings.NewTask task) {
			requireMayAssignTo(scope, task.leadUnitId());
			Task assigned = briefings.assign(task);
			return ResponseEntity.created(URI.create("/api/tasks/" + assigned.id())).body(assigned);
		}

		@GetMapping("/api/tasks/{id}")
		Task task(@PathVariable long id) {
			return visibleTask(briefings, scope, id);
		}

		@Operation(summary = "Báo cáo tiến độ nhiệm vụ (100 = hoàn thành); cần 'version'")
		@PostMapping("/api/tasks/{id}/progress")
		@PreAuthorize("hasAnyRole('REPORTER', 'SPECIALIST', 'LEADER')")
		Task progress(@PathVariable long id, @Valid @RequestBody Briefings.ProgressReport report) {
			visibleTask(briefings, scope, id);
			scope.require(RoleGroup.REPORT_EDITORS, report.unitId());
			return briefings.report(id, report.unitId(), report.progress(), report.note(), report.version());
		}

		record ConclusionText(@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.too-long}") String text) {
		}

	}

	@Controller
	static class Pages {

		private final Briefings briefings;

		private final AccessScope scope;

		private final OrgUnits units;

		Pages(Briefings briefings, AccessScope scope, OrgUnits units) {
			this.briefings = briefings;
			this.scope = scope;
			this.units = units;
		}

		@GetMapping("/briefings")
		String meetings(Model model) {
			model.addAttribute("meetings", briefings.meetings(scope.unitsWith(RoleGroup.CYCLE_READERS)));
			model.addAttribute("unitNames", unitNames());
			model.addAttribute("organisedUnits", units.all().stream()
				.filter(u -> u.active() && scope.holds(RoleGroup.BOARD_STAFF, u.id()))
				.toList());
			model.addAttribute("today", vn.tuyengiao.platform.VietnamTime.today());
			return "briefing/list";
		}

		/** Records a meeting; a bad value comes back as a message above the form, what was typed is kept. */
		@PostMapping("/briefings")
		String record(@RequestParam long unitId, @RequestParam String period,
				@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate heldOn,
				@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String chair,
				@RequestParam(defaultValue = "") String participants, @RequestParam(defaultValue = "") String agenda,
				@RequestParam(defaultValue = "") String minutes, RedirectAttributes redirect) {
			scope.require(RoleGroup.BOARD_STAFF, unitId);
			if (heldOn == null || place.isBlank() || chair.isBlank()) {
				redirect.addFlashAttribute("error", "briefing.form.required");
				return "redirect:/briefings";
			}
			try {
				Meeting meeting = briefings.record(new Briefings.NewMeeting(unitId, period, heldOn, place, chair,
						participants, agenda, minutes));
				redirect.addFlashAttribute("notice", "briefing.recorded");
				return "redirect:/briefings/" + meeting.id();
			}
			catch (DomainProblem problem) {
				redirect.addFlashAttribute("error", problem.messageKey());
				return "redirect:/briefings";
			}
		}

		@PostMapping("/briefings/{id}/conclusions")
		String conclude(@PathVariable long id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
			Meeting meeting = visibleMeeting(briefings, scope, id);
			scope.require(RoleGroup.BOARD_STAFF, meeting.unitId());
			try {
				briefings.conclude(id, text);
				redirect.addFlashAttribute("notice", "briefing.concluded");
			}
			catch (DomainProblem problem) {
				redirect.addFlashAttribute("error", "briefing.conclusion.required");
			}
			return "redirect:/briefings/" + id;
		}

		/** Turns a conclusion into a task for a unit below (or the leader's own unit). */
		@PostMapping("/briefings/{id}/tasks")
		String assign(@PathVariable long id, @RequestParam long conclusionId, @RequestParam(defaultValue = "") String title,
				@RequestParam long leadUnitId, @RequestParam(required = false) java.util.Set<Long> cooperatingUnitIds,
				@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate deadline,
				@RequestParam String period, RedirectAttributes redirect) {
			visibleMeeting(briefings, scope, id);
			requireMayAssignTo(scope, leadUnitId);
			if (title.isBlank() || deadline == null) {
				redirect.addFlashAttribute("error", "task.form.required");
				return "redirect:/briefings/" + id;
			}
			return act("/briefings/" + id, "task.assigned", redirect,
					() -> briefings.assign(new Briefings.NewTask(title, "CONCLUSION", conclusionId, null, leadUnitId,
							cooperatingUnitIds == null ? Set.of() : cooperatingUnitIds, deadline, period)));
		}

		@GetMapping("/briefings/{id}")
		String meeting(@PathVariable long id, Model model) {
			Meeting meeting = visibleMeeting(briefings, scope, id);
			model.addAttribute("meeting", meeting);
			model.addAttribute("unitName", unitNames().get(meeting.unitId()));
			Set<Long> conclusionIds = meeting.conclusions().stream().map(Meeting.Conclusion::id).collect(java.util.stream.Collectors.toSet());
			model.addAttribute("tasks", briefings.tasks(scope.unitsWith(RoleGroup.CYCLE_READERS)).stream()
				.filter(t -> t.conclusionId() != null && conclusionIds.contains(t.conclusionId()))
				.toList());
			boolean organiser = scope.holds(RoleGroup.BOARD_STAFF, meeting.unitId());
			model.addAttribute("canEdit", organiser);
			model.addAttribute("assignableUnits", units.all().stream()
				.filter(u -> u.active() && mayAssignTo(scope, u.id()))
				.toList());
			model.addAttribute("nextPeriod", vn.tuyengiao.report.Period.parse(meeting.period()).next().code());
			return "briefing/show";
		}

		/** Overdue first, then the nearest deadlines: what a unit must act on now. */
		@GetMapping("/tasks")
		String tasks(Model model) {
			List<Task> visible = briefings.tasks(scope.unitsWith(RoleGroup.CYCLE_READERS));
			model.addAttribute("tasks", visible.stream()
				.sorted(Comparator.comparing((Task t) -> t.status() != TaskStatus.OVERDUE).thenComparing(Task::deadline))
				.toList());
			model.addAttribute("overdue", visible.stream().filter(t -> t.status() == TaskStatus.OVERDUE).count());
			model.addAttribute("unitNames", unitNames());
			model.addAttribute("reportable", visible.stream()
				.filter(t -> t.status() != TaskStatus.DONE && scope.holds(RoleGroup.REPORT_EDITORS, t.leadUnitId()))
				.map(Task::id)
				.toList());
			return "briefing/tasks";
		}

		@PostMapping("/tasks/{id}/progress")
		String progress(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "0") int progress,
				@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
			Task task = visibleTask(briefings, scope, id);
			scope.require(RoleGroup.REPORT_EDITORS, task.leadUnitId());
			return act("/tasks#task-" + id, "task.progress.saved", redirect,
					() -> briefings.report(id, task.leadUnitId(), progress, note, version));
		}

		/** Does one change and goes back to {@code target}: a notice when done, the problem's message when refused. */
		private static String act(String target, String notice, RedirectAttributes redirect, Runnable change) {
			try {
				change.run();
				redirect.addFlashAttribute("notice", notice);
			}
			catch (DomainProblem problem) {
				redirect.addFlashAttribute("error", problem.messageKey());
			}
			return "redirect:" + target;
		}

		private Map<Long, String> unitNames() {
			return units.all().stream().collect(java.util.stream.Collectors.toMap(OrgUnit::id, OrgUnit::name));
		}

	}

}
