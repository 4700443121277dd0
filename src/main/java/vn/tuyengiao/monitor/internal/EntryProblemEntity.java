package vn.tuyengiao.monitor.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry that could not be read, kept against the reading it belongs to: one bad entry never fails a batch. */
@Entity
@Table(name = "monitor_entry_problem")
class EntryProblemEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "fetch_id", nullable = false)
	private long fetchId;

	/** The entry's link, or its line in an import ({@code dòng 12}). */
	@Column(nullable = false)
	private String reference;

	@Column(nullable = false)
	private String reason;

	protected EntryProblemEntity() {
	}

	EntryProblemEntity(long fetchId, String reference, String reason) {
		this.fetchId = fetchId;
		this.reference = clip(reference);
		this.reason = clip(reason);
	}

	private static String clip(String text) {
		return text == null ? "" : text.substring(0, Math.min(text.length(), 2000));
	}

	String reference() {
		return reference;
	}

	String reason() {
		return reason;
	}

}
