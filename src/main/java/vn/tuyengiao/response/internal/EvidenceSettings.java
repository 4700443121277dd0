package vn.tuyengiao.response.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the evidence of cases is captured ({@code tuyengiao.response.evidence.*}). What a capture keeps is the
 * monitor's setting ({@code tuyengiao.monitor.archive.*}); how pages are read, the fetcher's.
 *
 * @param threads how many captures run at once
 * @param sweep how often linked items without a capture and interrupted captures are looked for
 * @param staleAfter how long a capture may run before another worker may take it over
 * @param maxAttempts how many times an interrupted capture is taken up again before it is marked failed
 */
@ConfigurationProperties("tuyengiao.response.evidence")
record EvidenceSettings(@DefaultValue("2") int threads, @DefaultValue("60s") Duration sweep,
		@DefaultValue("10m") Duration staleAfter, @DefaultValue("3") int maxAttempts) {

	EvidenceSettings {
		if (threads < 1) {
			throw new EvidenceThreadsTooFew();
		}
	}

}
