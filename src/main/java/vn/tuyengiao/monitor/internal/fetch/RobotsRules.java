package vn.tuyengiao.monitor.internal.fetch;

import vn.tuyengiao.monitor.FetchFailed;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;

import vn.tuyengiao.monitor.FetchFailed.Reason;

/**
 * Each site's robots.txt, read once per origin and kept for a while (RFC 9309): a 4xx answer means no
 * rules, a 5xx or 429 answer or an unreadable file means stay away for now. A site that cannot be reached
 * at all is reported as such by the fetch of the page, not hidden behind a robots refusal.
 */
final class RobotsRules {

	/** How long a site whose robots.txt failed is left alone before it is asked again. */
	private static final Duration FAILURE_CACHE_TIME = Duration.ofMinutes(10);

	/** RFC 9309 asks crawlers to read at least this much of a robots.txt. */
	static final long MAX_BYTES = 512 * 1024;

	private final String robotName;

	private final Duration cacheTime;

	private final Duration maxCrawlDelay;

	/** Reads a robots.txt through the fetcher, without a robots check of its own. */
	private final Function<URI, FetchResult> fetch;

	private final Map<String, Entry> cache = new ConcurrentHashMap<>();

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	RobotsRules(String robotName, Duration cacheTime, Duration maxCrawlDelay, Function<URI, FetchResult> fetch) {
		this.robotName = robotName;
		this.cacheTime = cacheTime;
		this.maxCrawlDelay = maxCrawlDelay;
		this.fetch = fetch;
	}

	/**
	 * Refuses a URL that the site's robots.txt closes to us.
	 *
	 * @throws FetchFailed with {@link Reason#ROBOTS_DISALLOWED}, or the reason its robots.txt could not be
	 * fetched at all
	 */
	void check(URI url) {
		if (!rules(url).isAllowed(url.toString())) {
			throw new FetchFailed(Reason.ROBOTS_DISALLOWED, url.toString());
		}
	}

	/** The site's Crawl-delay if it has asked for one (capped), as far as it is known already; else zero. */
	Duration crawlDelay(URI url) {
		Entry entry = cache.get(origin(url));
		if (entry == null || entry.rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY
				|| entry.rules.getCrawlDelay() <= 0) {
			return Duration.ZERO;
		}
		Duration asked = Duration.ofMillis(entry.rules.getCrawlDelay());
		return asked.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : asked;
	}

	private BaseRobotRules rules(URI url) {
		String origin = origin(url);
		Entry entry = cache.get(origin);
		if (entry != null && !entry.expired()) {
			return entry.rules;
		}
		// one reader per site: the others wait for its answer instead of asking the site again
		synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
			entry = cache.get(origin);
			if (entry == null || entry.expired()) {
				entry = read(origin);
				cache.put(origin, entry);
			}
			return entry.rules;
		}
	}

	private Entry read(String origin) {
		URI robotsUrl = URI.create(origin + "/robots.txt");
		SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
		try {
			FetchResult result = fetch.apply(robotsUrl);
			BaseRobotRules rules = parser.parseContent(robotsUrl.toString(), result.body(), result.contentType(),
					List.of(robotName));
			return new Entry(rules, expiry(cacheTime));
		}
		catch (FetchFailed ex) {
			if (ex.reason() == Reason.HTTP_ERROR && ex.upstreamStatus() != 429 && ex.upstreamStatus() < 500) {
				return new Entry(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), expiry(cacheTime));
			}
			if (ex.reason() == Reason.HTTP_ERROR || ex.reason() == Reason.TOO_LARGE
					|| ex.reason() == Reason.TOO_MANY_REDIRECTS) {
				return new Entry(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), expiry(FAILURE_CACHE_TIME));
			}
			throw ex;
		}
	}

	/** Scheme, host and port: the scope of one robots.txt. */
	static String origin(URI url) {
		String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
		int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
		return scheme + "://" + url.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d+$", "")
			.toLowerCase(java.util.Locale.ROOT) + ":" + port;
	}

	private static long expiry(Duration ttl) {
		return System.nanoTime() + ttl.toNanos();
	}

	private record Entry(BaseRobotRules rules, long expiresAt) {

		boolean expired() {
			return System.nanoTime() - expiresAt > 0;
		}

	}

}
