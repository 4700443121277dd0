package vn.tuyengiao.places.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.places.PlaceLevel;
import vn.tuyengiao.platform.InvalidInput;

/**
 * Imports the dvhcvn files an administrator supplies, through the API or at start-up
 * ({@code tuyengiao.places.import-files}); each import is audited and the tagger rebuilt.
 */
@Component
@Order(60)
class PlaceImports implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(PlaceImports.class);

	/**
	 * What an import read and did: units of the file per level (for the 2025 mapping, today's units), the
	 * mapping's links, and how many facts were added, changed or already known.
	 */
	record ImportResult(String format, long provinces, long districts, long communes, long links, int added,
			int changed, int unchanged) {
	}

	private final DvhcvnReader reader = new DvhcvnReader();

	private final PlaceStore store;

	private final PlacesService places;

	private final AuditLog audit;

	private final PlacesSettings settings;

	private final TransactionTemplate transaction;

	PlaceImports(PlaceStore store, PlacesService places, AuditLog audit, PlacesSettings settings,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.places = places;
		this.audit = audit;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** An administrator's import: audited whatever it changed. */
	ImportResult importFile(String fileName, byte[] content) {
		return importFile(fileName, content, true);
	}

	/** @param auditUnchanged whether an import that changed nothing is audited too (not at every start-up) */
	private ImportResult importFile(String fileName, byte[] content, boolean auditUnchanged) {
		if (content == null || content.length == 0) {
			throw new InvalidInput("file", "places.import.empty");
		}
		DvhcvnReader.Facts facts;
		try {
			facts = reader.read(content);
		}
		catch (DvhcvnReader.Unrecognised ex) {
			throw new InvalidInput("file", "places.import.unreadable", ex.getMessage());
		}
		String era = facts.format() == DvhcvnReader.Format.UNITS_BEFORE_2025 ? UnitRow.BEFORE : UnitRow.AFTER;
		ImportResult result = transaction.execute(status -> {
			PlaceStore.Changes changes = store.store(facts.units(), facts.links());
			ImportResult done = new ImportResult(facts.format().name(), facts.count(era, PlaceLevel.PROVINCE),
					facts.count(era, PlaceLevel.DISTRICT), facts.count(era, PlaceLevel.COMMUNE), facts.links().size(),
					changes.added(), changes.changed(), changes.unchanged());
			if (auditUnchanged || changes.added() + changes.changed() > 0) {
				audit.record(AuditAction.UPDATE, "places:gazetteer", null,
						"Nhập tệp địa danh " + fileName + " (" + facts.format() + "): " + changes.added() + " mới, "
								+ changes.changed() + " sửa, " + changes.unchanged() + " không đổi");
			}
			return done;
		});
		places.reload();
		return result;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String file : settings.importFiles()) {
			if (file.isBlank()) {
				continue;
			}
			try {
				ImportResult result = importFile(file.trim(), Files.readAllBytes(Path.of(file.trim())), false);
				LOG.info("Places: imported {}: {}", file, result);
			}
			catch (IOException | InvalidInput ex) {
				// a wrong path must not keep the platform from starting; the operator reads it in the log
				LOG.error("Places: could not import {}: {}", file, ex.getMessage());
			}
		}
	}

}
