package vn.tuyengiao.monitor.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.Sources.Health;
import vn.tuyengiao.monitor.Sources.Reading;

/**
 * How a source is doing: its last success and error, its volume today against its usual day (a source that
 * usually writes and wrote nothing today is quiet), its refusals this week and its latest readings.
 */
@Component
class SourceHealthReport {

	private final FetchRecordRepository readings;

	private final EntryProblemRepository problems;

	private final ItemRepository items;

	private final Clock clock = Clock.systemUTC();

	SourceHealthReport(FetchRecordRepository readings, EntryProblemRepository problems, ItemRepository items) {
		this.readings = readings;
		this.problems = problems;
		this.items = items;
	}

	Health of(SourceEntity source) {
		long id = source.id();
		List<FetchRecordEntity> recent = readings.findTop50BySourceIdOrderByStartedAtDesc(id);
		Instant now = clock.instant();
		FetchRecordEntity lastSuccess = recent.stream()
			.filter(r -> r.outcome() == FetchRecordEntity.Outcome.SUCCESS || r.outcome() == FetchRecordEntity.Outcome.NOT_MODIFIED)
			.findFirst().orElse(null);
		FetchRecordEntity lastError = recent.stream()
			.filter(r -> r.outcome() == FetchRecordEntity.Outcome.ERROR || r.outcome() == FetchRecordEntity.Outcome.REFUSED)
			.findFirst().orElse(null);
		long lastDay = items.countSince(id, now.minus(Duration.ofDays(1)));
		long twoWeeks = items.countSince(id, now.minus(Duration.ofDays(15))) - lastDay;
		double usual = twoWeeks / 14.0;
		int refusals = (int) recent.stream()
			.filter(r -> r.outcome() == FetchRecordEntity.Outcome.REFUSED && r.startedAt().isAfter(now.minus(Duration.ofDays(7))))
			.count();
		List<Reading> readingsShown = recent.stream().limit(10)
			.map(r -> new Reading(r.startedAt(), r.finishedAt(), r.outcome().name(), r.counts(), r.message(),
					problems.findByFetchIdOrderById(r.id()).stream().limit(20)
						.map(p -> p.reference() + ": " + p.reason()).toList()))
			.toList();
		return new Health(lastSuccess == null ? null : lastSuccess.finishedAt(), lastError == null ? null : lastError.startedAt(),
				lastError == null ? null : lastError.message(), lastDay, usual, source.active() && usual >= 1 && lastDay == 0,
				refusals, readingsShown);
	}

}
