package vn.tuyengiao.briefing.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tuyengiao.briefing.Task;

@Entity
@Table(name = "briefing_task_update")
class TaskUpdateEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "task_id", nullable = false)
	private long taskId;

	@Column(name = "occurred_at", nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String actor;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	private int progress;

	@Column(nullable = false, length = 4000)
	private String note;

	protected TaskUpdateEntity() {
	}

	TaskUpdateEntity(long taskId, Instant at, String actor, long unitId, int progress, String note) {
		this.taskId = taskId;
		this.at = at;
		this.actor = actor;
		this.unitId = unitId;
		this.progress = progress;
		this.note = note;
	}

	Task.Update toView() {
		return new Task.Update(at, actor, unitId, progress, note);
	}

}
