package vn.tuyengiao.monitor.internal;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the items the database holds and the index does not (or holds at an older version) and indexes them.
 * Hibernate Search writes the index after the database commits, so a process killed in between (or an index
 * write that failed) leaves committed items unsearchable; this check puts them back without an administrator.
 * <p>
 * It is cheap: the ids and versions of the items are read from the database {@value #BATCH} at a time in id
 * order, and each batch is looked up in the index with one query on the document id, reading the indexed
 * version from doc values; only what differs is loaded and indexed again. Indexing an item twice changes
 * nothing, so the check may overlap with ingestion and run as often as wanted.
 */
@Component
class IndexCheck {

	static final int BATCH = 1000;

	/** Hibernate Search's document id: the item's id as text, indexed and as doc values. */
	private static final String ID = "__HSEARCH_id";

	private static final String ID_VALUE = "__HSEARCH_id_docvalue";

	/** The item's row version, indexed with it ({@code ItemEntity.version}). */
	private static final String VERSION = "version";

	private final JdbcTemplate jdbc;

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	IndexCheck(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** An item's id and the version of its row. */
	private record Row(long id, long version) {
	}

	/** What a check did: items compared with the index, and indexed again. */
	record Outcome(int checked, int repaired) {
	}

	/** Checks the items changed at or after {@code since} (every item when null) and indexes those missing. */
	Outcome repair(Instant since) {
		int checked = 0;
		int repaired = 0;
		long after = Long.MIN_VALUE;
		while (true) {
			List<Row> rows = since == null
					? jdbc.query("select id, version from monitor_item where id > ? order by id fetch first " + BATCH + " rows only",
							(rs, n) -> new Row(rs.getLong(1), rs.getLong(2)), after)
					: jdbc.query("select id, version from monitor_item where id > ? and updated_at >= ? order by id fetch first "
							+ BATCH + " rows only", (rs, n) -> new Row(rs.getLong(1), rs.getLong(2)), after, Timestamp.from(since));
			if (rows.isEmpty()) {
				return new Outcome(checked, repaired);
			}
			checked += rows.size();
			List<Long> stale = stale(rows);
			if (!stale.isEmpty()) {
				reindex(stale);
				repaired += stale.size();
			}
			after = rows.get(rows.size() - 1).id();
		}
	}

	/** The rows that the index lacks or holds at another version. */
	private List<Long> stale(List<Row> rows) {
		Map<Long, Long> indexed = indexedVersions(rows);
		List<Long> stale = new ArrayList<>();
		for (Row row : rows) {
			Long version = indexed.get(row.id());
			if (version == null || version != row.version()) {
				stale.add(row.id());
			}
		}
		return stale;
	}

	private Map<Long, Long> indexedVersions(List<Row> rows) {
		List<BytesRef> ids = rows.stream().map(row -> new BytesRef(Long.toString(row.id()))).toList();
		Map<Long, Long> versions = new HashMap<>();
		try (IndexReader reader = Search.mapping(entityManagerFactory).scope(ItemEntity.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Weight weight = searcher.createWeight(searcher.rewrite(new TermInSetQuery(ID, ids)), ScoreMode.COMPLETE_NO_SCORES, 1);
			for (LeafReaderContext leaf : reader.leaves()) {
				Scorer scorer = weight.scorer(leaf);
				if (scorer == null) {
					continue;
				}
				BinaryDocValues idValues = DocValues.getBinary(leaf.reader(), ID_VALUE);
				SortedNumericDocValues versionValues = DocValues.getSortedNumeric(leaf.reader(), VERSION);
				var live = leaf.reader().getLiveDocs();
				DocIdSetIterator docs = scorer.iterator();
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					if ((live != null && !live.get(doc)) || !idValues.advanceExact(doc)) {
						continue;
					}
					long id = Long.parseLong(idValues.binaryValue().utf8ToString());
					// an index written before versions were indexed holds none: -1 never equals a row's version
					versions.put(id, versionValues.advanceExact(doc) ? versionValues.nextValue() : -1L);
				}
			}
		}
		catch (IOException ex) {
			throw new ItemIndexUnreadable(ex);
		}
		return versions;
	}

	/** Indexes the items again, in one transaction: the index is written when it commits. */
	private void reindex(List<Long> ids) {
		transaction.executeWithoutResult(status -> {
			SearchSession session = Search.session(entityManager);
			for (Long id : ids) {
				ItemEntity item = entityManager.find(ItemEntity.class, id);
				if (item != null) {
					session.indexingPlan().addOrUpdate(item);
				}
			}
		});
	}

}
