package vn.tuyengiao.org.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.UnitDirectory;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitLink;
import vn.tuyengiao.org.OrgUnitName;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;

/**
 * The unit tree. The tree is small (a province has hundreds of units, not millions), so subtrees are
 * computed in memory from one query rather than with recursive SQL that H2 and PostgreSQL spell
 * differently.
 */
@Service
class OrgUnitService implements OrgUnits, UnitDirectory {

	private final OrgUnitRepository units;

	private final OrgUnitNameRepository names;

	private final OrgUnitLinkRepository links;

	private final AuditLog audit;

	OrgUnitService(OrgUnitRepository units, OrgUnitNameRepository names, OrgUnitLinkRepository links,
			AuditLog audit) {
		this.units = units;
		this.names = names;
		this.links = links;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrgUnit> all() {
		return inTreeOrder(units.findAllByOrderByIdAsc().stream().map(OrgUnitEntity::toView).toList());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrgUnit> find(long id) {
		return units.findById(id).map(OrgUnitEntity::toView);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> subtreeOf(long id) {
		List<OrgUnitEntity> all = units.findAllByOrderByIdAsc();
		if (all.stream().noneMatch(unit -> unit.id() == id)) {
			return Set.of();
		}
		Map<Long, List<Long>> children = new HashMap<>();
		all.forEach(unit -> children.computeIfAbsent(unit.parentId(), key -> new ArrayList<>()).add(unit.id()));
		Set<Long> subtree = new LinkedHashSet<>();
		Deque<Long> todo = new ArrayDeque<>(List.of(id));
		while (!todo.isEmpty()) {
			Long next = todo.pop();
			if (subtree.add(next)) {
				todo.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return subtree;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitChoice> grantableUnits() {
		List<OrgUnit> ordered = all();
		Map<Long, Integer> depth = new HashMap<>();
		List<UnitChoice> choices = new ArrayList<>();
		for (OrgUnit unit : ordered) {
			int d = unit.parentId() == null ? 0 : depth.getOrDefault(unit.parentId(), -1) + 1;
			depth.put(unit.id(), d);
			if (unit.active()) {
				choices.add(new UnitChoice(unit.id(), unit.name(), d));
			}
		}
		return choices;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrgUnitName> history(long id) {
		OrgUnitEntity unit = get(id);
		List<OrgUnitName> history = new ArrayList<>(
				names.findByUnitIdOrderByValidFromAsc(id).stream().map(OrgUnitNameEntity::toView).toList());
		history.add(new OrgUnitName(unit.name(), unit.shortName(), unit.symbol(), unit.namedFrom(), unit.validTo()));
		return history;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrgUnitLink> links(long id) {
		return links.findByPredecessorIdOrSuccessorIdOrderByEffectiveOnAsc(id, id)
			.stream()
			.map(OrgUnitLinkEntity::toView)
			.toList();
	}

	@Override
	@Transactional
	public OrgUnit create(NewOrgUnit command) {
		if (command.parentId() != null) {
			OrgUnitEntity parent = units.findById(command.parentId())
				.orElseThrow(() -> new InvalidInput("parentId", "org.parent.not-found", command.parentId()));
			if (!parent.isOpenOn(command.validFrom())) {
				throw new InvalidInput("parentId", "org.parent.closed", parent.name());
			}
		}
		String name = command.name().trim();
		if (units.existsByParentIdAndNameIgnoreCase(command.parentId(), name)) {
			throw new Conflict("name", "org.name.taken", name);
		}
		OrgUnitEntity unit = units.saveAndFlush(new OrgUnitEntity(command.parentId(), command.type(), name,
				command.shortName().trim(), blankToEmpty(command.symbol()), command.validFrom()));
		audit.record(AuditAction.CREATE, subject(unit), unit.id(),
				"Tạo đơn vị \"" + name + "\" (" + command.type() + ") từ " + command.validFrom());
		return unit.toView();
	}

	@Override
	@Transactional
	public OrgUnit rename(long id, Rename command) {
		OrgUnitEntity unit = atVersion(id, command.version());
		if (!command.effectiveOn().isAfter(unit.namedFrom())) {
			throw new InvalidInput("effectiveOn", "org.rename.too-early", unit.namedFrom());
		}
		String name = command.name().trim();
		String before = unit.name();
		names.save(new OrgUnitNameEntity(id, unit.name(), unit.shortName(), unit.symbol(), unit.namedFrom(),
				command.effectiveOn().minusDays(1)));
		unit.rename(name, command.shortName().trim(), blankToEmpty(command.symbol()), command.effectiveOn());
		units.saveAndFlush(unit);
		audit.record(AuditAction.UPDATE, subject(unit), id,
				"Đổi tên \"" + before + "\" → \"" + name + "\" từ " + command.effectiveOn());
		return unit.toView();
	}

	@Override
	@Transactional
	public OrgUnit merge(Merge command) {
		OrgUnitEntity target = get(command.targetId());
		if (command.sourceIds().contains(command.targetId())) {
			throw new InvalidInput("sourceIds", "org.merge.into-itself");
		}
		LocalDate lastDay = command.effectiveOn().minusDays(1);
		if (!target.isOpenOn(command.effectiveOn())) {
			throw new InvalidInput("targetId", "org.merge.target-closed", target.name());
		}
		Set<Long> underSources = new LinkedHashSet<>();
		for (Long sourceId : new LinkedHashSet<>(command.sourceIds())) {
			underSources.addAll(subtreeOf(sourceId));
		}
		if (underSources.contains(target.id())) {
			throw new InvalidInput("targetId", "org.merge.target-inside-source");
		}
		List<String> merged = new ArrayList<>();
		for (Long sourceId : new LinkedHashSet<>(command.sourceIds())) {
			OrgUnitEntity source = get(sourceId);
			if (!source.isOpenOn(command.effectiveOn())) {
				throw new InvalidInput("sourceIds", "org.merge.source-closed", source.name());
			}
			if (lastDay.isBefore(source.validFrom())) {
				throw new InvalidInput("effectiveOn", "org.close.before-start", source.name());
			}
			for (OrgUnitEntity child : units.findByParentId(source.id())) {
				if (child.isOpenOn(command.effectiveOn())) {
					child.moveUnder(target.id());
					audit.record(AuditAction.UPDATE, subject(child), child.id(),
							"Chuyển \"" + child.name() + "\" từ \"" + source.name() + "\" sang \"" + target.name() + "\"");
				}
			}
			source.close(lastDay);
			links.save(new OrgUnitLinkEntity(source.id(), target.id(), OrgUnitLink.Kind.MERGE, command.effectiveOn()));
			audit.record(AuditAction.UPDATE, subject(source), source.id(),
					"Hợp nhất \"" + source.name() + "\" vào \"" + target.name() + "\" từ " + command.effectiveOn());
			merged.add(source.name());
		}
		units.flush();
		audit.record(AuditAction.UPDATE, subject(target), target.id(),
				"Tiếp nhận " + String.join(", ", merged) + " từ " + command.effectiveOn());
		return target.toView();
	}

	@Override
	@Transactional
	public OrgUnit close(long id, Close command) {
		OrgUnitEntity unit = atVersion(id, command.version());
		if (command.lastDay().isBefore(unit.validFrom())) {
			throw new InvalidInput("lastDay", "org.close.before-start", unit.name());
		}
		boolean openChildren = units.findByParentId(id)
			.stream()
			.anyMatch(child -> child.isOpenOn(command.lastDay().plusDays(1)));
		if (openChildren) {
			throw new InvalidInput("lastDay", "org.close.open-children", unit.name());
		}
		unit.close(command.lastDay());
		units.saveAndFlush(unit);
		audit.record(AuditAction.UPDATE, subject(unit), id,
				"Giải thể / ngừng hoạt động \"" + unit.name() + "\" sau ngày " + command.lastDay());
		return unit.toView();
	}

	private OrgUnitEntity get(long id) {
		return units.findById(id).orElseThrow(() -> new NotFound("org.not-found", id));
	}

	/** The unit, for a change made at the version the caller saw when one is given. */
	private OrgUnitEntity atVersion(long id, Long version) {
		OrgUnitEntity unit = get(id);
		if (version != null && unit.version() != version) {
			throw new Conflict("version", "problem.stale-edit");
		}
		return unit;
	}

	private static String subject(OrgUnitEntity unit) {
		return "org-unit:" + unit.id();
	}

	private static String blankToEmpty(String value) {
		return value == null ? "" : value.trim();
	}

	/** Parents before children, siblings by name: the order people read a tree in. */
	static List<OrgUnit> inTreeOrder(List<OrgUnit> all) {
		Map<Long, List<OrgUnit>> children = new HashMap<>();
		all.forEach(unit -> children.computeIfAbsent(unit.parentId(), key -> new ArrayList<>()).add(unit));
		children.values().forEach(list -> list.sort(Comparator.comparing(OrgUnit::name)));
		List<OrgUnit> ordered = new ArrayList<>();
		Set<Long> ids = new java.util.HashSet<>(all.stream().map(OrgUnit::id).toList());
		// Roots are units without a parent, or whose parent the caller cannot see.
		List<OrgUnit> roots = all.stream()
			.filter(unit -> unit.parentId() == null || !ids.contains(unit.parentId()))
			.sorted(Comparator.comparing(OrgUnit::name))
			.toList();
		Deque<OrgUnit> todo = new ArrayDeque<>();
		for (int i = roots.size() - 1; i >= 0; i--) {
			todo.push(roots.get(i));
		}
		while (!todo.isEmpty()) {
			OrgUnit unit = todo.pop();
			ordered.add(unit);
			List<OrgUnit> kids = children.getOrDefault(unit.id(), List.of());
			for (int i = kids.size() - 1; i >= 0; i--) {
				todo.push(kids.get(i));
			}
		}
		return ordered;
	}

}
