package vn.tuyengiao.briefing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.tuyengiao.briefing.Meeting;

/** A conclusion (kết luận) of the chair at a briefing. */
@Entity
@Table(name = "briefing_conclusion")
class ConclusionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private MeetingEntity meeting;

	private int position;

	@Column(nullable = false, length = 4000)
	private String body;

	protected ConclusionEntity() {
	}

	ConclusionEntity(MeetingEntity meeting, int position, String body) {
		this.meeting = meeting;
		this.position = position;
		this.body = body;
	}

	Long id() {
		return id;
	}

	MeetingEntity meeting() {
		return meeting;
	}

	Meeting.Conclusion toView() {
		return new Meeting.Conclusion(id, position, body);
	}

}
