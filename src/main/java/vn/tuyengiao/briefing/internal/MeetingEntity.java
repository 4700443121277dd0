package vn.tuyengiao.briefing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.briefing.Briefings.NewMeeting;
import vn.tuyengiao.briefing.Meeting;

@Entity
@Table(name = "briefing_meeting")
class MeetingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "period_code", nullable = false)
	private String periodCode;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private String place;

	@Column(nullable = false)
	private String chair;

	@Column(nullable = false, length = 4000)
	private String participants;

	@Column(nullable = false, length = 4000)
	private String agenda;

	@Column(nullable = false, length = 100000)
	private String minutes;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
	@OrderBy("position")
	private List<ConclusionEntity> conclusions = new ArrayList<>();

	protected MeetingEntity() {
	}

	MeetingEntity(NewMeeting meeting, String periodCode, Instant now) {
		this.unitId = meeting.unitId();
		this.periodCode = periodCode;
		this.heldOn = meeting.heldOn();
		this.place = meeting.place().strip();
		this.chair = meeting.chair().strip();
		this.participants = meeting.participants() == null ? "" : meeting.participants().strip();
		this.agenda = meeting.agenda() == null ? "" : meeting.agenda().strip();
		this.minutes = meeting.minutes() == null ? "" : meeting.minutes().strip();
		this.createdAt = now;
	}

	Long id() {
		return id;
	}

	long unitId() {
		return unitId;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	ConclusionEntity conclude(String text) {
		ConclusionEntity conclusion = new ConclusionEntity(this, conclusions.size() + 1, text.strip());
		conclusions.add(conclusion);
		return conclusion;
	}

	Meeting toView() {
		return new Meeting(id, unitId, periodCode, heldOn, place, chair, participants, agenda, minutes,
				conclusions.stream().map(ConclusionEntity::toView).toList(), version);
	}

}
