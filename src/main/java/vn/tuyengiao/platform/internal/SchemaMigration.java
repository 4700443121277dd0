package vn.tuyengiao.platform.internal;

import static java.util.Map.entry;

import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Brings the database schema up to date at start-up as Flyway does, with one allowance: migrations whose SQL
 * comments were reworded after databases had applied them. Flyway records a checksum of each applied script's
 * whole text, comments included, so a reworded comment alone would make validation refuse every database
 * migrated before, although its schema is exactly what the reworded script makes.
 * <p>
 * The allowance is narrow on purpose. The recorded checksums are realigned with the scripts (Flyway's repair)
 * only when every validation failure is a checksum mismatch of a version in {@link #REWORDED} whose recorded
 * checksum is that of the text before rewording and whose script is exactly the reworded text, or a migration
 * not applied yet (migrating applies it). A script whose statements changed, a checksum of any other text, a
 * failed or a missing migration still stop the start, as they would without this class.
 */
@Component
class SchemaMigration implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

	/** The checksums of a script's text before and after its comments were reworded (statements unchanged). */
	record Reworded(int before, int after) {
	}

	/**
	 * Every versioned migration whose comments were reworded after release, by version. Each pair is proved by
	 * {@code SchemaMigrationTests} against the earlier text kept under {@code src/test/resources/db/migration-old}.
	 */
	static final Map<String, Reworded> REWORDED = Map.ofEntries(
			entry("8", new Reworded(-1353818185, -341169307)),
			entry("9", new Reworded(-1025062850, -1243936487)),
			entry("10", new Reworded(-927462642, 232471495)),
			entry("11", new Reworded(1152365557, -380795837)),
			entry("12", new Reworded(-618865501, -460624043)),
			entry("13", new Reworded(-1569657704, 1550359410)),
			entry("14", new Reworded(-1719065708, -256725830)),
			entry("15", new Reworded(1344462681, -831896260)),
			entry("16", new Reworded(1692761975, -478550285)),
			entry("17", new Reworded(-603229222, 1785123161)),
			entry("18", new Reworded(406357951, 1325179755)),
			entry("19", new Reworded(-1476625967, 1408710472)));

	@Override
	public void migrate(Flyway flyway) {
		ValidateResult validation = flyway.validateWithResult();
		if (!validation.validationSuccessful && onlyRewordedComments(validation, flyway)) {
			log.info("Migrations whose comments were reworded: realigning their recorded checksums");
			flyway.repair();
		}
		flyway.migrate(); // validates again: any other failure stops the start here
	}

	private static boolean onlyRewordedComments(ValidateResult validation, Flyway flyway) {
		Map<String, MigrationInfo> applied = new HashMap<>();
		for (MigrationInfo migration : flyway.info().applied()) {
			if (migration.getVersion() != null) {
				applied.put(migration.getVersion().getVersion(), migration);
			}
		}
		boolean reworded = false;
		for (ValidateOutput invalid : validation.invalidMigrations) {
			if (invalid.errorDetails.errorCode == CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED) {
				continue;
			}
			if (invalid.errorDetails.errorCode != CoreErrorCode.CHECKSUM_MISMATCH) {
				return false;
			}
			Reworded known = REWORDED.get(invalid.version);
			MigrationInfo migration = applied.get(invalid.version);
			if (known == null || migration == null || !Integer.valueOf(known.before()).equals(migration.getAppliedChecksum())
					|| !Integer.valueOf(known.after()).equals(migration.getResolvedChecksum())) {
				return false;
			}
			reworded = true;
		}
		return reworded;
	}

}
