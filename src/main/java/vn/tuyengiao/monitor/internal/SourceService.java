package vn.tuyengiao.monitor.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.monitor.FetchCounts;
import vn.tuyengiao.monitor.Source;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.monitor.Sources;
import vn.tuyengiao.monitor.internal.fetch.Fetcher;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;

/**
 * Sources: adding and changing them (an address is checked before it is stored), importing into them, and
 * reading them now ({@link SourceReading}) or asking how they are doing ({@link SourceHealthReport}).
 */
@Service
class SourceService implements Sources {

	private final SourceRepository sources;

	private final SourceReading reading;

	private final SourceHealthReport health;

	private final Fetcher fetcher;

	private final Imports imports;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	SourceService(SourceRepository sources, SourceReading reading, SourceHealthReport health, Fetcher fetcher,
			Imports imports, AuditLog audit, PlatformTransactionManager transactions) {
		this.sources = sources;
		this.reading = reading;
		this.health = health;
		this.fetcher = fetcher;
		this.imports = imports;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public Source create(NewSource request) {
		String name = required(request.name(), "name");
		if (request.type() == null) {
			throw new InvalidInput("type", "monitor.source.type-required");
		}
		String url = request.type() == SourceType.IMPORT ? null : checkedUrl(request.url());
		if (request.ownerUnitId() == null) {
			throw new InvalidInput("ownerUnitId", "monitor.source.required");
		}
		long owner = request.ownerUnitId();
		int interval = request.type() == SourceType.IMPORT ? 0 : interval(request.intervalMinutes());
		SourceEntity entity = new SourceEntity(name, orDefault(request.outlet(), name), request.type(),
				request.kind() != null ? request.kind() : SourceKind.OTHER, url, language(request.language()), interval,
				owner, clock.instant());
		return transaction.execute(status -> {
			SourceEntity saved = sources.save(entity);
			audit.record(AuditAction.CREATE, "source:" + saved.id(), owner,
					"Thêm nguồn tin \"" + name + "\" (" + request.type() + (url != null ? ", " + url : "") + ")");
			return saved.toSource();
		});
	}

	@Override
	public Source update(long id, SourceChange change) {
		return transaction.execute(status -> {
			SourceEntity entity = entity(id);
			if (entity.version() != change.version()) {
				throw new Conflict("version", "monitor.source.stale");
			}
			String url = entity.type() == SourceType.IMPORT ? null
					: change.url() == null ? entity.url() : checkedUrl(change.url());
			entity.update(orDefault(change.name(), entity.name()), orDefault(change.outlet(), entity.outlet()),
					change.kind() != null ? change.kind() : entity.kind(), url,
					change.language() != null ? language(change.language()) : entity.language(),
					entity.type() == SourceType.IMPORT ? 0 : interval(change.intervalMinutes()),
					change.active() == null || change.active());
			entity.scheduleAfter(clock.instant().minusSeconds(1));
			audit.record(AuditAction.UPDATE, "source:" + id, entity.ownerUnitId(), "Sửa nguồn tin \"" + entity.name() + "\"");
			return entity.toSource();
		});
	}

	@Override
	public List<Source> ownedBy(java.util.Collection<Long> unitIds) {
		return sources.findByOwnerUnitIdInOrderByName(unitIds).stream().map(SourceEntity::toSource).toList();
	}

	@Override
	public Source get(long id) {
		return entity(id).toSource();
	}

	@Override
	public FetchCounts importFile(long sourceId, String fileName, byte[] content) {
		Imports.Outcome outcome = imports.importFile(entity(sourceId), fileName, content);
		return new FetchCounts(outcome.fetched(), outcome.created(), outcome.updated(), outcome.failed());
	}

	@Override
	public FetchCounts fetchNow(long id) {
		SourceEntity source = entity(id);
		if (source.type() == SourceType.IMPORT) {
			throw new InvalidInput("id", "monitor.source.import-not-fetched");
		}
		audit.record(AuditAction.UPDATE, "source:" + id, source.ownerUnitId(), "Đọc nguồn tin \"" + source.name() + "\" ngay");
		return read(source, true);
	}

	/**
	 * Reads a source (on demand or on schedule): fetch, parse, store each entry, record the outcome.
	 * {@code awaited}: see {@link EntryQueue.EntryBatch}.
	 */
	FetchCounts read(SourceEntity source, boolean awaited) {
		return reading.read(source, awaited);
	}

	@Override
	public Health health(long id) {
		return health.of(entity(id));
	}

	SourceEntity entity(long id) {
		return sources.findById(id).orElseThrow(() -> new NotFound("monitor.source.not-found", id));
	}

	private String checkedUrl(String raw) {
		URI uri = httpUrl(raw);
		fetcher.checkAllowed(uri); // a private, loopback or metadata address: 400, never fetched
		return uri.toString();
	}

	/** A full http or https address, or an {@link InvalidInput} on {@code url} that says what is wrong. */
	static URI httpUrl(String raw) {
		String url = required(raw, "url");
		try {
			URI uri = URI.create(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return uri;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below like any other malformed address
		}
		throw new InvalidInput("url", "monitor.source.bad-url", url);
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "monitor.source.required");
		}
		return value.strip();
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.strip();
	}

	private static int interval(Integer minutes) {
		if (minutes == null) {
			return 60;
		}
		if (minutes < 5 || minutes > 7 * 24 * 60) {
			throw new InvalidInput("intervalMinutes", "monitor.source.bad-interval");
		}
		return minutes;
	}

	private static String language(String language) {
		String code = language == null || language.isBlank() ? "vi" : language.strip().toLowerCase(Locale.ROOT);
		if (!code.equals("vi") && !code.equals("en") && !code.equals("other")) {
			throw new InvalidInput("language", "monitor.source.bad-language");
		}
		return code;
	}

}
