package vn.tuyengiao.monitor.internal;

import java.time.Instant;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.text.TextAnalysis;

/**
 * An item (tin): one article or post, one per canonical URL. Indexed for search with the text module's
 * analyzers: {@code text} (title and body together) accent-free ({@code vi_folded}, the default: users type
 * without accents) and {@code text_exact} with accents ({@code vi}) decide what matches; {@code title},
 * accent-free, ranks a match in the title higher. The body is stored, not analysed on its own: one analysed
 * copy of the text per form keeps indexing fast and a query to one term list per word.
 */
@Entity
@Table(name = "monitor_item")
// The name changes with the terms indexed (the fields, or what the analyzers make of a text: v3 has one term
// for either tone placement and for i/y, the text only up to its bound, the row version): a new name gives an
// empty index that Reindexing fills from the database at start-up, instead of an old index whose terms no
// longer match the queries
@Indexed(index = "item_v3")
class ItemEntity {

	/** The longest text kept (the column's width): a long report, not a dump; the search reads less of it. */
	static final int MAX_BODY = 1_000_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** SHA-256 of the canonical URL: the idempotent key of ingestion. */
	@Column(name = "url_key", nullable = false)
	private String urlKey;

	@Column(nullable = false)
	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String url;

	@Column(name = "source_id", nullable = false)
	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private long sourceId;

	@Column(nullable = false)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String outlet;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private SourceKind kind;

	@Column(nullable = false)
	@FullTextField(analyzer = TextAnalysis.VI_FOLDED, projectable = Projectable.YES)
	private String title;

	private String author;

	@Column(name = "published_at")
	@GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
	private Instant publishedAt;

	@Column(name = "first_seen_at", nullable = false)
	@GenericField(sortable = Sortable.YES)
	private Instant firstSeenAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(nullable = false)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String language;

	/** Kept whole in the database; the index holds its beginning for the highlighter ({@link SearchSettings}). */
	@Column(nullable = false)
	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO,
			valueBridge = @ValueBridgeRef(type = IndexedText.Highlighted.class))
	private String body;

	@Column(name = "content_hash", nullable = false)
	private String contentHash;

	/** How many texts this item has had: 1 until the article is edited. */
	@Column(nullable = false)
	private int versions;

	/** Indexed too: {@link IndexCheck} compares it with the row's to find an item the index missed. */
	@Version
	@GenericField(sortable = Sortable.YES, searchable = Searchable.NO)
	private long version;

	protected ItemEntity() {
	}

	ItemEntity(String urlKey, String url, long sourceId, String outlet, SourceKind kind, Instant now) {
		this.urlKey = urlKey;
		this.url = url;
		this.sourceId = sourceId;
		this.outlet = outlet;
		this.kind = kind;
		this.firstSeenAt = now;
		this.versions = 1;
	}

	/** Title and body as one text: what a search matches against, up to {@link SearchSettings#maxAnalysedChars}. */
	@Transient
	@FullTextField(name = "text", analyzer = TextAnalysis.VI_FOLDED,
			valueBridge = @ValueBridgeRef(type = IndexedText.Analysed.class))
	@FullTextField(name = "text_exact", analyzer = TextAnalysis.VI,
			valueBridge = @ValueBridgeRef(type = IndexedText.Analysed.class))
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "body")) })
	String getSearchText() {
		return searchText(title, body);
	}

	static String searchText(String title, String body) {
		return vn.tuyengiao.monitor.ItemIndex.searchText(title, body);
	}

	/**
	 * Outlet, kind, language and month of publication (in Vietnam) joined into one value: the search counts
	 * its four facets from this one value per match ({@link FacetCounter}).
	 */
	@Transient
	@KeywordField(name = "facets", aggregable = Aggregable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "outlet")),
			@ObjectPath(@PropertyValue(propertyName = "kind")), @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "publishedAt")) })
	String getFacetKey() {
		char separator = FacetCounter.SEPARATOR;
		return outlet + separator + kind + separator + language + separator
				+ (publishedAt == null ? "" : YearMonth.from(publishedAt.atZone(VietnamTime.ZONE)).toString());
	}

	void describe(String title, String author, Instant publishedAt, String language, String body, String contentHash,
			Instant now) {
		this.title = title;
		this.author = author;
		this.publishedAt = publishedAt;
		this.language = language;
		this.body = body;
		this.contentHash = contentHash;
		this.updatedAt = now;
	}

	void newVersion() {
		versions++;
	}

	Long id() {
		return id;
	}

	String urlKey() {
		return urlKey;
	}

	String url() {
		return url;
	}

	long sourceId() {
		return sourceId;
	}

	String outlet() {
		return outlet;
	}

	SourceKind kind() {
		return kind;
	}

	String title() {
		return title;
	}

	String author() {
		return author;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	Instant firstSeenAt() {
		return firstSeenAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String language() {
		return language;
	}

	String body() {
		return body;
	}

	String contentHash() {
		return contentHash;
	}

	int versions() {
		return versions;
	}

}
