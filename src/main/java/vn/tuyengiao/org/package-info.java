/**
 * Organisation units (đơn vị): the tree of boards that report to each other, with its history.
 * <p>
 * A unit has a type, a name, a short name and a document-symbol abbreviation (ký hiệu, e.g. BTGTU),
 * and is valid from one date to another. Renames keep the earlier names
 * ({@link vn.tuyengiao.org.OrgUnits#history}); merges close the merged units and link each to its
 * successor, so the 2025 merger of the propaganda and mass-mobilisation boards and of provinces can be
 * recorded without losing what was filed under the old names. Nothing is ever deleted. Anyone sees the units
 * their roles cover; access's {@code ADMINISTRATORS} change the units of their subtree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đơn vị (org)",
		allowedDependencies = { "access", "audit", "platform" })
package vn.tuyengiao.org;
