package vn.tuyengiao.monitor.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the sources that are due, one after another, every half minute. A reading that fails is recorded
 * in the source's health and tried again at its next turn; one source never stops the others.
 */
@Component
@ConditionalOnProperty(name = "tuyengiao.monitor.schedule.enabled", havingValue = "true", matchIfMissing = true)
class SourceSchedule {

	private static final Logger log = LoggerFactory.getLogger(SourceSchedule.class);

	private final SourceRepository sources;

	private final SourceService service;

	private final Clock clock = Clock.systemUTC();

	SourceSchedule(SourceRepository sources, SourceService service) {
		this.sources = sources;
		this.service = service;
	}

	@Scheduled(initialDelayString = "${tuyengiao.monitor.schedule.initial-delay:PT20S}", fixedDelayString = "PT30S")
	void readDueSources() {
		for (SourceEntity source : sources.findDue(clock.instant())) {
			try {
				service.read(source, false);
			}
			catch (RuntimeException ex) {
				log.info("Scheduled reading of source {} ended with: {}", source.id(), ex.getMessage());
			}
		}
	}

}
