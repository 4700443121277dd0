package vn.tuyengiao.monitor.internal.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.Channels;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.PageArchive;
import vn.tuyengiao.monitor.FetchFailed;
import vn.tuyengiao.monitor.internal.fetch.FetchRequest;
import vn.tuyengiao.monitor.internal.fetch.FetchResult;
import vn.tuyengiao.monitor.internal.fetch.FetchSettings;
import vn.tuyengiao.monitor.internal.fetch.Fetcher;

/**
 * {@link PageArchive} with jwarc: a warcinfo record, then for the page and each resource a request record and
 * a response record (concurrent to each other, with payload and block digests), then a metadata record of
 * what was left out and why. Everything is read through {@link Fetcher}, never directly. An item whose live
 * page cannot be read is preserved as the platform stored it: a resource record per version and a metadata
 * record with the reason.
 */
@Component
class WarcPageArchive implements PageArchive {

	static final String CONFORMS_TO = "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/";

	private static final MediaType HTTP_REQUEST = MediaType.parse("application/http;msgtype=request");

	private static final MediaType HTTP_RESPONSE = MediaType.parse("application/http;msgtype=response");

	private static final MediaType TEXT = MediaType.parse("text/plain;charset=utf-8");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Function<FetchRequest, FetchResult> fetch;

	private final JdbcTemplate jdbc;

	private final ArchiveSettings settings;

	private final String userAgent;

	@Autowired
	WarcPageArchive(Fetcher fetcher, JdbcTemplate jdbc, ArchiveSettings settings, FetchSettings fetchSettings) {
		this(fetcher::fetch, jdbc, settings, fetchSettings.userAgent());
	}

	WarcPageArchive(Function<FetchRequest, FetchResult> fetch, JdbcTemplate jdbc, ArchiveSettings settings, String userAgent) {
		this.fetch = fetch;
		this.jdbc = jdbc;
		this.settings = settings;
		this.userAgent = userAgent;
	}

	@Override
	public Capture captureItem(long itemId, OutputStream out) {
		List<String> urls = jdbc.queryForList("select url from monitor_item where id = ?", String.class, itemId);
		if (urls.isEmpty()) {
			throw new CaptureFailed(null, message("monitor.archive.item-not-found", itemId), false);
		}
		String url = urls.get(0).strip();
		try {
			return capture(new URI(url), out);
		}
		catch (URISyntaxException ex) {
			return storedCopy(itemId, url, message("monitor.fetch.invalid-url", url), out);
		}
		catch (CaptureFailed ex) {
			return storedCopy(itemId, url, ex.getMessage(), out);
		}
	}

	/** What the platform stored of the item, as resource records: the live page could not be read. */
	private Capture storedCopy(long itemId, String url, String liveFailure, OutputStream out) {
		record Version(String title, String body, Instant seenAt, String label) {
		}
		List<Version> versions = new ArrayList<>(jdbc.query(
				"select title, body, seen_at, number from monitor_item_version where item_id = ? order by number",
				(rs, n) -> new Version(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						"Phiên bản " + rs.getInt(4)), itemId));
		record Stored(String title, String body, String outlet, String author, Instant publishedAt, Instant firstSeenAt,
				Instant updatedAt) {
		}
		Stored item = jdbc.queryForObject("""
				select title, body, outlet, author, published_at, first_seen_at, updated_at from monitor_item where id = ?""",
				(rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
						rs.getTimestamp(7).toInstant()),
				itemId);
		versions.add(new Version(item.title(), item.body(), item.updatedAt(), "Phiên bản hiện tại"));
		URI target = targetOf(url, itemId);
		Instant now = Instant.now();
		Counting counting = new Counting(out);
		try (WarcWriter writer = new WarcWriter(Channels.newChannel(counting), WarcCompression.NONE)) {
			URI warcinfo = warcinfo(writer, now, "Chứng cứ: bản tin hệ thống đã thu thập (trang gốc không đọc được)");
			for (Version version : versions) {
				String text = "Tiêu đề: " + version.title() + "\nNguồn: " + item.outlet()
						+ (item.author() == null ? "" : "\nTác giả: " + item.author())
						+ (item.publishedAt() == null ? "" : "\nĐăng lúc: " + item.publishedAt())
						+ "\nĐịa chỉ: " + url + "\nThu thập lúc: " + version.seenAt() + " (" + version.label() + ")\n\n"
						+ version.body() + "\n";
				byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				writer.write(new WarcResource.Builder(target).version(MessageVersion.WARC_1_1)
					.recordId(UUID.randomUUID())
					.date(version.seenAt())
					.warcinfoId(warcinfo)
					.blockDigest(sha1(body))
					.body(TEXT, body)
					.build());
			}
			Map<String, List<String>> notes = new LinkedHashMap<>();
			notes.put("live-page-failed", List.of(liveFailure));
			notes.put("stored-copy-of-item", List.of(Long.toString(itemId)));
			notes.put("first-seen", List.of(item.firstSeenAt().toString()));
			notes.put("versions", List.of(Integer.toString(versions.size())));
			writer.write(new WarcMetadata.Builder().version(MessageVersion.WARC_1_1)
				.targetURI(target)
				.recordId(UUID.randomUUID())
				.date(now)
				.warcinfoId(warcinfo)
				.fields(notes)
				.build());
			return new Capture(url, url, now, 0, 0, counting.count, liveFailure);
		}
		catch (IOException ex) {
			throw new CaptureNotWritten(ex);
		}
	}

	/** The item's address as a record's target; an address that is not a URI is named by the item instead. */
	private static URI targetOf(String url, long itemId) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			return URI.create("urn:tuyengiao:item:" + itemId);
		}
	}

	@Override
	public Capture capture(URI url, OutputStream out) {
		FetchResult page;
		try {
			page = fetch.apply(FetchRequest.of(url));
		}
		catch (FetchFailed ex) {
			throw new CaptureFailed(url.toString(), message("monitor.archive.page-failed", url, ex.getMessage()), ex.isTemporary());
		}
		Counting counting = new Counting(out);
		try (WarcWriter writer = new WarcWriter(Channels.newChannel(counting), WarcCompression.NONE)) {
			URI warcinfo = warcinfo(writer, page.fetchedAt(), "Chứng cứ: trang và tài nguyên của trang, lưu nguyên trạng");
			exchange(writer, warcinfo, page);
			Map<String, List<String>> notes = new LinkedHashMap<>();
			notes.computeIfAbsent("requested-url", key -> new ArrayList<>()).add(url.toString());
			if (!page.finalUrl().equals(url)) {
				notes.computeIfAbsent("final-url", key -> new ArrayList<>()).add(page.finalUrl().toString());
			}
			int[] counts = resources(writer, warcinfo, page, notes);
			notes.computeIfAbsent("resources-captured", key -> new ArrayList<>()).add(Integer.toString(counts[0]));
			notes.computeIfAbsent("resources-failed", key -> new ArrayList<>()).add(Integer.toString(counts[1]));
			writer.write(new WarcMetadata.Builder().version(MessageVersion.WARC_1_1)
				.targetURI(page.finalUrl())
				.recordId(UUID.randomUUID())
				.date(Instant.now())
				.warcinfoId(warcinfo)
				.fields(notes)
				.build());
			return new Capture(url.toString(), page.finalUrl().toString(), page.fetchedAt(), counts[0], counts[1],
					counting.count, null);
		}
		catch (IOException ex) {
			throw new CaptureNotWritten(ex);
		}
	}

	private URI warcinfo(WarcWriter writer, Instant date, String description) throws IOException {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("software", List.of("tuyengiao (jwarc)"));
		fields.put("format", List.of("WARC File Format 1.1"));
		fields.put("conformsTo", List.of(CONFORMS_TO));
		fields.put("robots", List.of("obey"));
		fields.put("http-header-user-agent", List.of(userAgent));
		fields.put("description", List.of(description));
		UUID id = UUID.randomUUID();
		writer.write(new Warcinfo.Builder().version(MessageVersion.WARC_1_1).recordId(id).date(date).fields(fields).build());
		return URI.create("urn:uuid:" + id);
	}

	/** The page's resources, and what the stylesheets among them refer to, within the limits. */
	private int[] resources(WarcWriter writer, URI warcinfo, FetchResult page, Map<String, List<String>> notes)
			throws IOException {
		int captured = 0;
		int failed = 0;
		long budget = settings.maxBytes().toBytes() - page.body().length;
		Set<URI> seen = new LinkedHashSet<>();
		seen.add(page.finalUrl());
		seen.add(page.requestedUrl());
		Deque<URI> queue = new ArrayDeque<>();
		if (isHtml(page) && page.text() != null) {
			queue.addAll(PageResources.ofHtml(page.text(), page.finalUrl()));
		}
		Set<URI> fromPage = Set.copyOf(queue);
		while (!queue.isEmpty()) {
			URI resource = queue.poll();
			if (!seen.add(resource)) {
				continue;
			}
			if (captured + failed >= settings.maxResources()) {
				failed++;
				note(notes, resource, message("monitor.archive.too-many", settings.maxResources()));
				continue;
			}
			FetchResult answer;
			try {
				answer = fetch.apply(FetchRequest.of(resource));
			}
			catch (FetchFailed ex) {
				failed++;
				note(notes, resource, ex.getMessage());
				continue;
			}
			catch (RuntimeException ex) {
				failed++;
				note(notes, resource, String.valueOf(ex.getMessage()));
				continue;
			}
			if (answer.body().length > budget) {
				failed++;
				note(notes, resource, message("monitor.archive.over-budget", settings.maxBytes().toBytes()));
				continue;
			}
			budget -= answer.body().length;
			exchange(writer, warcinfo, answer);
			captured++;
			seen.add(answer.finalUrl());
			if (isCss(answer) && answer.text() != null && fromPage.contains(resource)) {
				// one level: what the page's own stylesheets need (fonts, backgrounds), not what those refer to
				queue.addAll(PageResources.ofCss(answer.text(), answer.finalUrl()));
			}
		}
		return new int[] { captured, failed };
	}

	private static void note(Map<String, List<String>> notes, URI resource, String why) {
		notes.computeIfAbsent("resource-failed", key -> new ArrayList<>()).add(resource + " " + why);
	}

	/** The request and the response of one answer, each naming the other. */
	private void exchange(WarcWriter writer, URI warcinfo, FetchResult answer) throws IOException {
		UUID responseId = UUID.randomUUID();
		UUID requestId = UUID.randomUUID();
		byte[] response = HttpBlocks.response(answer);
		byte[] request = HttpBlocks.request(answer);
		writer.write(new WarcRequest.Builder(answer.finalUrl()).version(MessageVersion.WARC_1_1)
			.recordId(requestId)
			.date(answer.fetchedAt())
			.warcinfoId(warcinfo)
			.concurrentTo(URI.create("urn:uuid:" + responseId))
			.blockDigest(sha1(request))
			.body(HTTP_REQUEST, request)
			.build());
		writer.write(new WarcResponse.Builder(answer.finalUrl()).version(MessageVersion.WARC_1_1)
			.recordId(responseId)
			.date(answer.fetchedAt())
			.warcinfoId(warcinfo)
			.concurrentTo(URI.create("urn:uuid:" + requestId))
			.blockDigest(sha1(response))
			.payloadDigest(sha1(answer.body()))
			.body(HTTP_RESPONSE, response)
			.build());
	}

	private static WarcDigest sha1(byte[] bytes) {
		try {
			return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			// cannot happen: every Java runtime provides SHA-1
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isHtml(FetchResult answer) {
		String type = answer.contentType() == null ? "" : answer.contentType().toLowerCase(Locale.ROOT);
		return type.contains("html") || type.isEmpty() && answer.text() != null;
	}

	private static boolean isCss(FetchResult answer) {
		String type = answer.contentType() == null ? "" : answer.contentType().toLowerCase(Locale.ROOT);
		return type.contains("text/css") || answer.finalUrl().getPath() != null && answer.finalUrl().getPath().endsWith(".css");
	}

	/** A Vietnamese message of the bundle: the capture's reasons are stored and shown as written. */
	static String message(String key, Object... arguments) {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			return new MessageFormat(bundle.getString(key), VIETNAMESE).format(arguments);
		}
		catch (MissingResourceException ex) {
			return key;
		}
	}

	/** Counts what is written and leaves the caller's stream open. */
	private static final class Counting extends FilterOutputStream {

		long count;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
