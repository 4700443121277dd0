package vn.tuyengiao.monitor.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.monitor.Sources;
import vn.tuyengiao.monitor.internal.fetch.Fetcher;
import vn.tuyengiao.monitor.internal.parse.Languages;
import vn.tuyengiao.platform.InvalidInput;

/**
 * What a source would give if it were read now, without storing anything: the editor's "test this source".
 * It reads a transient source through the same {@link SourceReader} as a real reading, so the answer (or the
 * refusal) is the one the schedule would get; nothing is written to the database or the index.
 */
@Component
class SourcePreview {

	/** The entries shown; the count covers them all. */
	static final int SHOWN = 10;

	/** What would be stored: the first entries, how many there are, and the entries that could not be read. */
	record Preview(int entries, List<PreviewEntry> first, List<SourceReader.Problem> problems) {
	}

	/** One entry as it would be stored; {@code known}: an item with this address exists already. */
	record PreviewEntry(String title, String url, Instant publishedAt, int textLength, String language, boolean known) {
	}

	private final SourceReader reader;

	private final Fetcher fetcher;

	private final ItemRepository items;

	private final Clock clock = Clock.systemUTC();

	SourcePreview(SourceReader reader, Fetcher fetcher, ItemRepository items) {
		this.reader = reader;
		this.fetcher = fetcher;
		this.items = items;
	}

	/**
	 * Reads the source described. A refused address is an {@link InvalidInput} on {@code url} (400); a site
	 * that cannot be read now is a {@link ReadingFailed} (502); both carry the Vietnamese reason.
	 */
	Preview preview(Sources.NewSource source, long ownerUnitId) {
		if (source.type() == null) {
			throw new InvalidInput("type", "monitor.source.type-required");
		}
		if (source.type() == SourceType.IMPORT) {
			throw new InvalidInput("type", "monitor.page.preview.import");
		}
		URI url = SourceService.httpUrl(source.url());
		fetcher.checkAllowed(url);
		String name = source.name() == null || source.name().isBlank() ? url.getHost() : source.name().strip();
		SourceEntity transientSource = new SourceEntity(name, name, source.type(),
				source.kind() != null ? source.kind() : SourceKind.OTHER, url.toString(),
				source.language() == null || source.language().isBlank() ? Languages.VIETNAMESE : source.language(), 60,
				ownerUnitId, clock.instant());
		SourceReader.ReadResult result;
		try {
			result = reader.read(transientSource);
		}
		catch (SourceReader.ReadRefused ex) {
			throw new InvalidInput("url", "monitor.source.refused", ex.getMessage());
		}
		catch (SourceReader.ReadFailed ex) {
			throw new ReadingFailed(ex.getMessage());
		}
		List<IncomingItem> shown = result.entries().stream().limit(SHOWN).toList();
		java.util.Set<String> known = shown.isEmpty() ? java.util.Set.of()
				: items.findKnownUrlKeys(shown.stream().map(e -> ItemStore.sha256(e.url())).toList());
		List<PreviewEntry> first = shown.stream().map(e -> entry(e, known)).toList();
		return new Preview(result.entries().size(), first, result.problems());
	}

	private static PreviewEntry entry(IncomingItem entry, java.util.Set<String> known) {
		String text = entry.text() == null ? "" : entry.text();
		String language = entry.language() != null ? entry.language() : Languages.detect(text);
		return new PreviewEntry(entry.title(), entry.url(), entry.publishedAt(), text.length(), language,
				known.contains(ItemStore.sha256(entry.url())));
	}

}
