package vn.tuyengiao.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Meetings, conclusions and tasks; scope checks are the web layer's, every change is audited. */
public interface Briefings {

	Meeting record(NewMeeting meeting);

	Optional<Meeting> meeting(long id);

	List<Meeting> meetings(Set<Long> unitIds);

	Meeting.Conclusion conclude(long meetingId, String text);

	Task assign(NewTask task);

	Optional<Task> task(long id);

	/** Tasks whose lead or cooperating unit is one of these, soonest deadline first. */
	List<Task> tasks(Set<Long> unitIds);

	/** A progress update by one of the task's units; 100 marks it done. */
	Task report(long taskId, long unitId, int progress, String note, long version);

	record NewMeeting(@NotNull(message = "{validation.required}") Long unitId,
			@NotBlank(message = "{validation.required}") String period,
			@NotNull(message = "{validation.required}") LocalDate heldOn,
			@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.too-long}") String place,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String chair,
			@Size(max = 4000, message = "{validation.too-long}") String participants,
			@Size(max = 4000, message = "{validation.too-long}") String agenda,
			@Size(max = 100000, message = "{validation.too-long}") String minutes) {
	}

	record NewTask(@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String title,
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "CONCLUSION|DIRECTIVE|PLAN", message = "{task.source.invalid}") String sourceType,
			Long conclusionId, @Size(max = 300, message = "{validation.too-long}") String sourceReference,
			@NotNull(message = "{validation.required}") Long leadUnitId, Set<Long> cooperatingUnitIds,
			@NotNull(message = "{validation.required}") LocalDate deadline,
			@NotBlank(message = "{validation.required}") String period) {
	}

	record ProgressReport(@NotNull(message = "{validation.required}") Long unitId,
			@NotNull(message = "{validation.required}") @Min(value = 0, message = "{task.progress.range}") @Max(value = 100, message = "{task.progress.range}") Integer progress,
			@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.too-long}") String note,
			@NotNull(message = "{validation.required}") Long version) {
	}

}
