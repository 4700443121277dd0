package vn.tuyengiao.response.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How cases are followed up ({@code tuyengiao.response.*}; evidence capture has its own {@link EvidenceSettings}).
 *
 * @param deadline how long a case of each severity may wait for a verdict before it is escalated
 */
@ConfigurationProperties("tuyengiao.response")
record CaseSettings(@DefaultValue Deadline deadline) {

	/** The time to a verdict by severity, ISO-8601 ({@code P1D}) or short ({@code 1d}). */
	record Deadline(@DefaultValue("P1D") Duration high, @DefaultValue("P3D") Duration medium,
			@DefaultValue("P7D") Duration low) {
	}

}
