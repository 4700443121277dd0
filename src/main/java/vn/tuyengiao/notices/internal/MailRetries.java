package vn.tuyengiao.notices.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed e-mails back to {@link MailSending}, each at most once per {@code tuyengiao.notices.mail-retry} since
 * it was last tried and until it has had {@code mail-attempts} attempts; then it stays failed in the registry, for
 * the operator to see. Other modules' failed publications are left to them.
 */
@Component
class MailRetries {

	private static final Logger log = LoggerFactory.getLogger(MailRetries.class);

	private final FailedEventPublications failed;

	private final NoticeSettings settings;

	private final Clock clock = Clock.systemUTC();

	MailRetries(FailedEventPublications failed, NoticeSettings settings) {
		this.failed = failed;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${tuyengiao.notices.mail-retry:5m}", initialDelayString = "${tuyengiao.notices.mail-retry:5m}")
	void retry() {
		retryAt(clock.instant());
	}

	void retryAt(Instant now) {
		try {
			failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> due(publication, now)));
		}
		catch (RuntimeException ex) {
			log.warn("Retrying failed e-mails did not run; the next round tries again", ex);
		}
	}

	private boolean due(EventPublication publication, Instant now) {
		if (!(publication.getEvent() instanceof MailRequested)
				|| publication.getCompletionAttempts() >= settings.mailAttempts()) {
			return false;
		}
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return !last.plus(settings.mailRetry()).isAfter(now);
	}

}
