package vn.tuyengiao.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The organisation tree: reading it, and the changes an administrator makes to it. Every change is
 * audited. Scope checks are the caller's business (the web layer), so that demo data and other
 * modules can use this too.
 */
public interface OrgUnits {

	List<OrgUnit> all();

	Optional<OrgUnit> find(long id);

	/** The unit and all units below it, past and present. */
	Set<Long> subtreeOf(long id);

	/** The names the unit had, oldest first, the current one last. */
	List<OrgUnitName> history(long id);

	/** Links in which the unit is predecessor or successor. */
	List<OrgUnitLink> links(long id);

	OrgUnit create(NewOrgUnit unit);

	/** A new name (and short name, symbol) from a date; the old one stays in the history. */
	OrgUnit rename(long id, Rename rename);

	/**
	 * Closes the {@code sourceIds} the day before {@code effectiveOn} and links each to the target, which
	 * continues their work. The sources' open sub-units move under the target.
	 */
	OrgUnit merge(Merge merge);

	/** The unit stops existing after {@code lastDay}; its history stays. */
	OrgUnit close(long id, Close close);

	record NewOrgUnit(Long parentId, @NotNull(message = "{validation.required}") OrgUnitType type,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
			@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.too-long}") String shortName,
			@Size(max = 30, message = "{validation.too-long}") @Pattern(regexp = "[\\p{L}0-9]*", message = "{org.symbol.invalid}") String symbol,
			@NotNull(message = "{validation.required}") LocalDate validFrom) {
	}

	record Rename(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String name,
			@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.too-long}") String shortName,
			@Size(max = 30, message = "{validation.too-long}") @Pattern(regexp = "[\\p{L}0-9]*", message = "{org.symbol.invalid}") String symbol,
			@NotNull(message = "{validation.required}") LocalDate effectiveOn,
			@NotNull(message = "{validation.required}") Long version) {
	}

	record Merge(@NotEmpty(message = "{validation.required}") List<@NotNull Long> sourceIds,
			@NotNull(message = "{validation.required}") Long targetId,
			@NotNull(message = "{validation.required}") LocalDate effectiveOn) {
	}

	record Close(@NotNull(message = "{validation.required}") LocalDate lastDay,
			@NotNull(message = "{validation.required}") Long version) {
	}

}
