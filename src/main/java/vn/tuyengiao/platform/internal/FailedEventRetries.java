package vn.tuyengiao.platform.internal;

import java.time.Duration;

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
	 * A publication younger than this is left for the next round. The rounds are a minute apart, so a failing
	 * listener is tried at most once a minute (Spring Modulith's JDBC registry does not apply the minimum age to a
	 * row that has already failed; the round's spacing still holds).
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
			.withFilter(publication -> !(publication.getEvent() instanceof RetriedByItsModule)));
	}

}
