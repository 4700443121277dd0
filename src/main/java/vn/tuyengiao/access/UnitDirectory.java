package vn.tuyengiao.access;

import java.util.List;
import java.util.Set;

/**
 * What access needs to know of the organisation tree, provided by the module that owns the tree.
 * Kept this narrow so that access (which every module uses) depends on no business module.
 */
public interface UnitDirectory {

	/** The unit and every unit below it, past and present; empty when the unit does not exist. */
	Set<Long> subtreeOf(long unitId);

	/** Units a role may be granted on, in tree order, for pickers. */
	List<UnitChoice> grantableUnits();

	/** A unit as a picker shows it; {@code depth} 0 is a root. */
	record UnitChoice(long id, String name, int depth) {
	}

}
