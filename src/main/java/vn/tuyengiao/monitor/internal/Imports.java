package vn.tuyengiao.monitor.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.monitor.FetchCounts;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.monitor.internal.parse.ImportReader;
import vn.tuyengiao.monitor.internal.parse.ParseFailed;
import vn.tuyengiao.monitor.internal.parse.ParseResult;
import vn.tuyengiao.platform.InvalidInput;

/**
 * Posts exported from other tools (CSV or JSONL, see docs/IMPORTS.md) stored as items of an import source:
 * the one named, or the caller's unit's own. Importing the same file twice creates nothing the second time;
 * a malformed row is reported by its line while the good rows go in.
 */
@Component
class Imports {

	/** What an import did, with each rejected row's line and reason. */
	record Outcome(int fetched, int created, int updated, int failed, List<RowProblem> problems) {
	}

	record RowProblem(int line, String reason) {
	}

	/** The first rows as they would be imported, and every problem, before anything is stored. */
	record Preview(int rows, List<ItemPreview> first, List<RowProblem> problems) {
	}

	record ItemPreview(int line, String url, String title, String author, java.time.Instant publishedAt) {
	}

	static final String DEFAULT_NAME = "Tệp nhập từ công cụ khác";

	private final ImportReader reader = new ImportReader();

	private final SourceRepository sources;

	private final Intake intake;

	private final EntryQueue queue;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	Imports(SourceRepository sources, Intake intake, EntryQueue queue, AuditLog audit, PlatformTransactionManager transactions) {
		this.sources = sources;
		this.intake = intake;
		this.queue = queue;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	Preview preview(byte[] content) {
		try {
			ImportReader.Preview preview = reader.preview(content, 20);
			return new Preview(preview.entryCount(), preview.firstEntries().stream()
				.map(e -> new ItemPreview(e.sourceLine(), e.url(), e.title(), e.author(), e.publishedAt())).toList(),
					problems(preview.problems()));
		}
		catch (ParseFailed ex) {
			throw new InvalidInput("file", "monitor.import.unreadable", ex.getMessage());
		}
	}

	/** Imports into the source, which must be an import source. */
	Outcome importFile(SourceEntity source, String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInput("file", "monitor.import.empty");
		}
		if (source.type() != SourceType.IMPORT) {
			throw new InvalidInput("sourceId", "monitor.import.not-import-source");
		}
		ParseResult parsed;
		try {
			parsed = reader.read(content);
		}
		catch (ParseFailed ex) {
			throw new InvalidInput("file", "monitor.import.unreadable", ex.getMessage());
		}
		FetchRecordEntity reading = intake.begin(source.id());
		List<IncomingItem> entries = parsed.entries().stream()
			.map(entry -> HttpSourceReader.incoming(entry, "dòng " + entry.sourceLine()))
			.toList();
		List<SourceReader.Problem> problems = parsed.problems().stream()
			.map(p -> new SourceReader.Problem("dòng " + p.position(), p.reason()))
			.toList();
		FetchCounts counts = queue.submit(new EntryQueue.EntryBatch(source.id(), source.outlet(), source.kind(),
				reading.id(), entries, problems, true));
		intake.finish(reading, FetchRecordEntity.Outcome.SUCCESS, counts, fileName);
		audit.record(AuditAction.CREATE, "source:" + source.id(), source.ownerUnitId(), "Nhập tệp " + fileName + " vào nguồn \""
				+ source.name() + "\": " + counts.created() + " tin mới, " + counts.failed() + " dòng lỗi");
		return new Outcome(counts.fetched(), counts.created(), counts.updated(), counts.failed(), problems(parsed.problems()));
	}

	/** The unit's own import source, made on its first import. */
	SourceEntity defaultSource(long unit) {
		return transaction.execute(status -> sources.findByOwnerUnitIdInOrderByName(List.of(unit)).stream()
			.filter(s -> s.type() == SourceType.IMPORT && s.name().equals(DEFAULT_NAME))
			.findFirst()
			.orElseGet(() -> sources.save(new SourceEntity(DEFAULT_NAME, DEFAULT_NAME, SourceType.IMPORT, SourceKind.SOCIAL,
					null, "vi", 0, unit, clock.instant()))));
	}

	private static List<RowProblem> problems(List<vn.tuyengiao.monitor.internal.parse.EntryProblem> problems) {
		return problems.stream().map(p -> new RowProblem(p.position(), p.reason())).toList();
	}

}
