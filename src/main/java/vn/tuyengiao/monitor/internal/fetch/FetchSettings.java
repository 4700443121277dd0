package vn.tuyengiao.monitor.internal.fetch;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the monitor reads other sites ({@code tuyengiao.monitor.fetch.*}).
 *
 * @param allowHosts host names or literal addresses, as written in the URL, that may be read although
 *        they are private, loopback or link-local (a feed on the intranet, a test server); matched case
 *        insensitively, without port. Empty by default: no internal address is ever read.
 * @param userAgent how the fetcher introduces itself; its first word is also the name looked up in
 *        robots.txt
 * @param minDelay shortest time between the starts of two requests to the same host; a larger
 *        Crawl-delay in the site's robots.txt wins, up to {@code maxCrawlDelay}
 * @param maxCrawlDelay the longest Crawl-delay of a robots.txt that is honoured
 * @param perHostConcurrency how many requests may be open to one host at once
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the next bytes of an answer
 * @param totalTimeout how long one request may take from connecting to the last byte of the body
 * @param maxBytes the largest body accepted, counted after decompression
 * @param retries how many times a request is repeated after a 5xx or 429 answer or a lost connection
 * @param retryBackoff the wait before the first repeat; it doubles for each further one
 * @param respectRobots whether robots.txt is read and obeyed
 * @param robotsCacheTime how long a site's robots.txt is kept before it is read again
 * @param selfPaths path prefixes of the platform's own server that may be read as a source at
 *        {@code http://127.0.0.1:PORT} (the demo's invented outlets); empty by default: the rest of loopback
 *        stays refused
 */
@ConfigurationProperties("tuyengiao.monitor.fetch")
public record FetchSettings(@DefaultValue List<String> allowHosts,
		@DefaultValue(DEFAULT_USER_AGENT) String userAgent, @DefaultValue("2s") Duration minDelay,
		@DefaultValue("30s") Duration maxCrawlDelay, @DefaultValue("1") int perHostConcurrency,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("15s") Duration readTimeout,
		@DefaultValue("60s") Duration totalTimeout, @DefaultValue("10MB") DataSize maxBytes,
		@DefaultValue("2") int retries, @DefaultValue("500ms") Duration retryBackoff,
		@DefaultValue("true") boolean respectRobots, @DefaultValue("1h") Duration robotsCacheTime,
		@DefaultValue List<String> selfPaths) {

	/** ASCII only: header values outside Latin-1 are not portable. */
	static final String DEFAULT_USER_AGENT = "tuyengiao/0.1 (public news monitoring for cong tac tuyen giao; obeys robots.txt)";

	public FetchSettings {
		allowHosts = allowHosts == null ? List.of() : List.copyOf(allowHosts);
		selfPaths = selfPaths == null ? List.of()
				: selfPaths.stream().map(String::strip).filter(p -> p.startsWith("/") && p.length() > 1).toList();
		if (perHostConcurrency < 1) {
			throw new FetchSettingsInvalid("tuyengiao.monitor.fetch.per-host-concurrency must be at least 1");
		}
		if (retries < 0) {
			throw new FetchSettingsInvalid("tuyengiao.monitor.fetch.retries must not be negative");
		}
	}

	/** The product token that robots.txt groups are matched against, in lower case. */
	String robotName() {
		String token = userAgent.strip().split("[/\\s]", 2)[0];
		return token.toLowerCase(java.util.Locale.ROOT);
	}

}
