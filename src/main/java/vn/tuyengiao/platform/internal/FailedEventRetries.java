package vn.tuyengiao.platform.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tuyengiao.platform.RetriedByItsModule;

/**
 * Work handed between modules is an event in Spring Modulith's publication registry, one row per listener. A
 * listener that failed (a database hiccup, a lock held too long) leaves its row failed; this hands those rows to
 * their listeners again every minute, as the incomplete ones are handed again at start-up. Every listener is
 * idempotent, so a second delivery changes nothing. Events {@link RetriedByItsModule} are left to their module.
 */
@Component
class FailedEventRetries {

	/**
	 * A publication is retried once this long has passed since it was published or last retried, so a failing
	 * listener is not hammered. Checked here as well: the registry's own minimum age does not hold for failed rows.
	 */
	static final Duration MIN_AGE = Duration.ofMinutes(1);

	private final FailedEventPublications failed;

	FailedEventRetries(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Scheduled(fixedDelayString = "${tuyengiao.events.retry-failed-every:PT1M}",
			initialDelayString = "${tuyengiao.events.retry-failed-every:PT1M}")
	void retry() {
		failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(MIN_AGE)
			.withBatchSize(500)
			.withFilter(publication -> !(publication.getEvent() instanceof RetriedByItsModule) && due(publication)));
	}

	private static boolean due(EventPublication publication) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return !last.plus(MIN_AGE).isAfter(Instant.now());
	}

}
