package vn.tuyengiao.monitor.internal.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.FetchFailed;
import vn.tuyengiao.monitor.FetchFailed.Reason;

/**
 * Reads public pages and feeds the way a site would be glad to be read, and never our own network.
 * <ul>
 * <li>Every address is checked by {@link AddressPolicy}: before the request for literal addresses, and at
 * connection time for every address a name resolves to; redirects are followed here, at most
 * {@value #MAX_REDIRECTS}, each hop checked again.</li>
 * <li>Politeness: one request at a time per host (configurable), their starts at least
 * {@code min-delay} apart or the site's Crawl-delay; robots.txt is obeyed.</li>
 * <li>Conditional GET from the validators of the request; gzip and deflate bodies, capped after
 * decompression; connect, read and total timeouts; retries with doubling waits after 5xx and 429 answers
 * and lost connections, never after a timeout (a stalled site is not asked again at once).</li>
 * <li>The body is also read as text, legacy Vietnamese encodings included ({@link BodyText}).</li>
 * </ul>
 * Failures are {@link FetchFailed} with a reason. Calls block; run them off request threads.
 */
@Component
public class Fetcher implements AutoCloseable {

	static final int MAX_REDIRECTS = 5;

	/** A {@code Retry-After} longer than this is not waited for: the fetch fails and is tried at its next turn. */
	private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

	private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
			+ "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.8";

	private final FetchSettings settings;

	private final AddressPolicy policy;

	private final HostSlots slots;

	private final RobotsRules robots;

	private final CloseableHttpClient client;

	/** Cancels requests that pass the total timeout, which socket timeouts alone cannot bound. */
	private final ScheduledThreadPoolExecutor deadlines;

	@Autowired
	public Fetcher(FetchSettings settings) {
		this(settings, InetAddress::getAllByName);
	}

	Fetcher(FetchSettings settings, AddressPolicy.HostResolver resolver) {
		this.settings = settings;
		this.policy = new AddressPolicy(settings.allowHosts(), resolver);
		this.slots = new HostSlots(settings.perHostConcurrency());
		this.robots = new RobotsRules(settings.robotName(), settings.robotsCacheTime(), settings.maxCrawlDelay(),
				url -> fetch(FetchRequest.of(url), false, RobotsRules.MAX_BYTES));
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(new GuardedDnsResolver(policy))
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(settings.connectTimeout()))
					.setSocketTimeout(Timeout.of(settings.readTimeout()))
					.build())
				.setMaxConnPerRoute(settings.perHostConcurrency())
				.setMaxConnTotal(50)
				.build())
			.setDefaultRequestConfig(RequestConfig.custom()
				.setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
				.setResponseTimeout(Timeout.of(settings.readTimeout()))
				.build())
			.setUserAgent(settings.userAgent())
			.disableRedirectHandling()
			.disableContentCompression()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.evictIdleConnections(TimeValue.ofSeconds(30))
			.build();
		this.deadlines = new ScheduledThreadPoolExecutor(1, task -> {
			Thread thread = new Thread(task, "fetch-deadlines");
			thread.setDaemon(true);
			return thread;
		});
		this.deadlines.setRemoveOnCancelPolicy(true);
	}

	/**
	 * Refuses a URL that could never be read: for a source that is being created.
	 *
	 * @throws FetchFailed with {@link Reason#INVALID_URL}, {@link Reason#SCHEME_REFUSED},
	 * {@link Reason#ADDRESS_REFUSED} or {@link Reason#UNKNOWN_HOST}
	 */
	public void checkAllowed(URI url) {
		if (policy.isOwnServer(url)) {
			return;
		}
		policy.check(url);
	}

	/** Lets the fetcher read these URLs of the platform's own server (see {@link OwnServer}). */
	void trustOwnServer(java.util.function.Predicate<URI> test) {
		policy.trustOwnServer(test);
	}

	/**
	 * Reads a page, following redirects.
	 *
	 * @return the content, or {@code notModified} for a 304 answer to a conditional request
	 * @throws FetchFailed when the page was refused or could not be read
	 */
	public FetchResult fetch(FetchRequest request) {
		return fetch(request, settings.respectRobots(), settings.maxBytes().toBytes());
	}

	private FetchResult fetch(FetchRequest request, boolean obeyRobots, long limit) {
		URI url = request.url();
		for (int redirects = 0;; redirects++) {
			String host = policy.checkWithoutLookup(url);
			if (obeyRobots && !policy.isOwnServer(url)) {
				robots.check(url);
			}
			Answer answer = exchangeWithRetries(url, host, request, limit);
			if (answer.location == null) {
				return answer.toResult(request, url);
			}
			if (redirects == MAX_REDIRECTS) {
				throw new FetchFailed(Reason.TOO_MANY_REDIRECTS, MAX_REDIRECTS, request.url().toString());
			}
			url = redirectTarget(url, answer.location);
		}
	}

	private Answer exchangeWithRetries(URI url, String host, FetchRequest request, long limit) {
		for (int attempt = 0;; attempt++) {
			Duration backoff = settings.retryBackoff().multipliedBy(1L << Math.min(attempt, 20));
			Answer answer;
			try {
				answer = exchange(url, host, request, limit);
			}
			catch (FetchFailed ex) {
				if (ex.reason() != Reason.UNREACHABLE || attempt >= settings.retries()) {
					throw ex;
				}
				pause(backoff, host);
				continue;
			}
			if (answer.status == 429 || answer.status >= 500) {
				if (attempt >= settings.retries() || answer.retryAfter.compareTo(MAX_RETRY_AFTER) > 0) {
					throw FetchFailed.httpError(answer.status, url.toString());
				}
				pause(answer.retryAfter.compareTo(backoff) > 0 ? answer.retryAfter : backoff, host);
				continue;
			}
			if (answer.location == null && answer.status >= 300 && answer.status != 304) {
				throw FetchFailed.httpError(answer.status, url.toString());
			}
			return answer;
		}
	}

	/** One request and its answer, within the host's politeness slot and the total timeout. */
	private Answer exchange(URI url, String host, FetchRequest request, long limit) {
		HttpGet get = new HttpGet(url);
		get.setHeader("Accept", ACCEPT);
		get.setHeader("Accept-Language", "vi,en;q=0.5");
		get.setHeader("Accept-Encoding", "gzip, deflate");
		if (request.etag() != null && !request.etag().isBlank()) {
			get.setHeader("If-None-Match", request.etag());
		}
		if (request.lastModified() != null && !request.lastModified().isBlank()) {
			get.setHeader("If-Modified-Since", request.lastModified());
		}
		Duration delay = Duration.ZERO; // our own server is not a site to be polite to
		if (!policy.isOwnServer(url)) {
			Duration crawlDelay = robots.crawlDelay(url);
			delay = crawlDelay.compareTo(settings.minDelay()) > 0 ? crawlDelay : settings.minDelay();
		}
		try (HostSlots.Slot slot = slots.acquire(host, delay)) {
			AtomicBoolean expired = new AtomicBoolean();
			ScheduledFuture<?> deadline = deadlines.schedule(() -> {
				expired.set(true);
				get.cancel();
			}, settings.totalTimeout().toNanos(), TimeUnit.NANOSECONDS);
			ClassicHttpResponse response = null;
			boolean consumed = false;
			try {
				response = client.executeOpen(null, get, HttpClientContext.create());
				int status = response.getCode();
				HttpEntity entity = response.getEntity();
				byte[] body = new byte[0];
				if (status >= 200 && status < 300 && entity != null) {
					if (entity.getContentLength() > limit) {
						throw new FetchFailed(Reason.TOO_LARGE, limit);
					}
					body = Bodies.read(entity.getContent(), entity.getContentEncoding(), limit, expired::get);
					consumed = true;
				}
				else {
					// an error page or a redirect's body is not wanted: dropping the connection is cheaper than reading it
					consumed = entity == null;
				}
				List<Map.Entry<String, String>> headers = new ArrayList<>();
				for (Header header : response.getHeaders()) {
					headers.add(Map.entry(header.getName(), header.getValue()));
				}
				List<Map.Entry<String, String>> sent = new ArrayList<>();
				sent.add(Map.entry("Host", url.getRawAuthority()));
				sent.add(Map.entry("User-Agent", settings.userAgent()));
				for (Header header : get.getHeaders()) {
					if (!header.getName().equalsIgnoreCase("Host") && !header.getName().equalsIgnoreCase("User-Agent")) {
						sent.add(Map.entry(header.getName(), header.getValue()));
					}
				}
				return new Answer(status, status >= 300 && status < 400 ? header(response, "Location") : null,
						header(response, "Content-Type"), body, header(response, "ETag"),
						header(response, "Last-Modified"), retryAfter(header(response, "Retry-After")),
						response.getVersion() == null ? null : response.getVersion().format(), response.getReasonPhrase(),
						headers, sent);
			}
			catch (Bodies.TooLarge ex) {
				throw new FetchFailed(Reason.TOO_LARGE, limit);
			}
			catch (IOException ex) {
				throw failure(ex, expired.get(), host);
			}
			finally {
				deadline.cancel(false);
				if (!consumed) {
					get.cancel();
				}
				if (response != null) {
					try {
						response.close();
					}
					catch (IOException ex) {
						// the answer has been read or the request abandoned; a failing close changes neither
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchFailed(Reason.UNREACHABLE, host);
		}
	}

	private static FetchFailed failure(IOException ex, boolean expired, String host) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof AddressPolicy.RefusedAddress refused) {
				return new FetchFailed(Reason.ADDRESS_REFUSED, refused.host());
			}
		}
		if (expired || ex instanceof InterruptedIOException) { // socket and connect timeouts are interrupted I/O
			return new FetchFailed(Reason.TIMEOUT, host);
		}
		if (ex instanceof UnknownHostException) {
			return new FetchFailed(Reason.UNKNOWN_HOST, host);
		}
		return new FetchFailed(Reason.UNREACHABLE, host);
	}

	private URI redirectTarget(URI from, String location) {
		try {
			return from.resolve(location.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new FetchFailed(Reason.INVALID_URL, location);
		}
	}

	private static void pause(Duration wait, String host) {
		try {
			TimeUnit.NANOSECONDS.sleep(wait.toNanos());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchFailed(Reason.UNREACHABLE, host);
		}
	}

	private static String header(ClassicHttpResponse response, String name) {
		Header header = response.getFirstHeader(name);
		return header == null ? null : header.getValue();
	}

	/** A {@code Retry-After} in seconds or as an HTTP date; zero when absent or unreadable. */
	static Duration retryAfter(String value) {
		if (value == null || value.isBlank()) {
			return Duration.ZERO;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
		}
		catch (NumberFormatException ex) {
			try {
				Duration until = Duration.between(Instant.now(),
						ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
				return until.isNegative() ? Duration.ZERO : until;
			}
			catch (DateTimeParseException notADate) {
				return Duration.ZERO;
			}
		}
	}

	@Override
	public void close() {
		deadlines.shutdownNow();
		client.close(CloseMode.GRACEFUL);
	}

	/** An HTTP answer, before it is judged. */
	private record Answer(int status, String location, String contentType, byte[] body, String etag,
			String lastModified, Duration retryAfter, String protocol, String reason,
			List<Map.Entry<String, String>> headers, List<Map.Entry<String, String>> requestHeaders) {

		FetchResult toResult(FetchRequest request, URI finalUrl) {
			boolean notModified = status == 304;
			String text = null;
			String encoding = null;
			if (notModified) {
				text = "";
			}
			else if (BodyText.isText(contentType)) {
				BodyText.Decoded decoded = BodyText.decode(body, contentType);
				text = decoded.text();
				encoding = decoded.encoding();
			}
			// a 304 may leave out the validators; the ones that were sent are still the current ones
			return new FetchResult(request.url(), finalUrl, status, notModified, contentType, body, text, encoding,
					etag != null || !notModified ? etag : request.etag(),
					lastModified != null || !notModified ? lastModified : request.lastModified(), Instant.now(), protocol,
					reason, headers, requestHeaders);
		}

	}

	/** Resolves names for the HTTP client and refuses internal addresses at the moment of connecting. */
	private record GuardedDnsResolver(AddressPolicy policy) implements DnsResolver {

		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			return policy.resolve(host);
		}

		@Override
		public List<java.net.InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
			return java.util.Arrays.stream(policy.resolve(host))
				.map(address -> new java.net.InetSocketAddress(address, port))
				.toList();
		}

		@Override
		public String resolveCanonicalHostname(String host) {
			return host;
		}

	}

}
