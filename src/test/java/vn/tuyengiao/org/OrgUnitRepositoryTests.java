package vn.tuyengiao.org;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditEntry;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.audit.AuditLog.AuditQuery;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tuyengiao.org.OrgUnitFixtures.commune;
import static vn.tuyengiao.org.OrgUnitFixtures.district;

/** The unit tree and its history, through the real migrations, on H2 and on PostgreSQL. */
@DatabaseTest
class OrgUnitRepositoryTests {

	static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

	@Autowired
	OrgUnits units;

	@Autowired
	AuditLog audit;

	OrgUnit province() {
		return units.all().stream().filter(u -> u.parentId() == null && u.name().contains("Bắc Kạn")).findFirst().orElseThrow();
	}

	@Test
	void demoTreeHasTheProvinceAndItsEightDistrictBoards() {
		OrgUnit province = province();
		List<String> districts = units.all().stream()
			.filter(u -> province.id() == (u.parentId() == null ? -1 : u.parentId()))
			.filter(u -> u.type() == OrgUnitType.DISTRICT_BOARD)
			.map(OrgUnit::shortName)
			.toList();
		assertThat(districts).contains("TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì",
				"Ngân Sơn", "Pác Nặm");
		assertThat(province.symbol()).isEqualTo("BTGTU");
	}

	@Test
	void subtreeCoversChildrenAndGrandchildrenButNotSiblings() {
		OrgUnit province = province();
		OrgUnit a = units.create(district("Thử Nghiệm A").under(province));
		OrgUnit b = units.create(district("Thử Nghiệm B").under(province));
		OrgUnit commune = units.create(commune("Xã Một").under(a));

		assertThat(units.subtreeOf(a.id())).containsExactlyInAnyOrder(a.id(), commune.id());
		assertThat(units.subtreeOf(province.id())).contains(a.id(), b.id(), commune.id());
		assertThat(units.subtreeOf(999_999)).isEmpty();
	}

	@Test
	void renameKeepsTheFormerNameWithTheDaysItWasUsed() {
		OrgUnit board = units.create(district("Đổi Tên").under(province()));

		OrgUnit renamed = units.rename(board.id(), new OrgUnits.Rename("Ban Tuyên giáo và Dân vận Huyện ủy Đổi Tên",
				"Đổi Tên", "BTGDVHU", LocalDate.of(2025, 3, 3), board.version()));

		assertThat(renamed.name()).isEqualTo("Ban Tuyên giáo và Dân vận Huyện ủy Đổi Tên");
		assertThat(renamed.symbol()).isEqualTo("BTGDVHU");
		assertThat(units.history(board.id())).extracting(OrgUnitName::name, OrgUnitName::symbol, OrgUnitName::validTo)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ban Tuyên giáo Huyện ủy Đổi Tên", "BTGHU", LocalDate.of(2025, 3, 2)),
					org.assertj.core.groups.Tuple.tuple("Ban Tuyên giáo và Dân vận Huyện ủy Đổi Tên", "BTGDVHU", null));
	}

	@Test
	void renameWithAStaleVersionIsRefusedAndChangesNothing() {
		OrgUnit board = units.create(district("Khóa Lạc Quan").under(province()));
		units.rename(board.id(), new OrgUnits.Rename("Tên mới", "Mới", "BTGHU", LocalDate.of(2024, 1, 1), board.version()));

		assertThatThrownBy(() -> units.rename(board.id(), new OrgUnits.Rename("Tên khác", "Khác", "BTGHU",
				LocalDate.of(2024, 6, 1), board.version())))
			.isInstanceOf(Conflict.class);
		assertThat(units.find(board.id()).orElseThrow().name()).isEqualTo("Tên mới");
	}

	@Test
	void mergeClosesTheSourcesLinksThemToTheSuccessorAndMovesTheirOpenSubunits() {
		OrgUnit province = province();
		OrgUnit west = units.create(district("Tây").under(province));
		OrgUnit east = units.create(district("Đông").under(province));
		OrgUnit commune = units.create(commune("Xã Tây").under(west));
		OrgUnit successor = units.create(district("Tây Đông").from(MERGER_DAY).under(province));

		units.merge(new OrgUnits.Merge(List.of(west.id(), east.id()), successor.id(), MERGER_DAY));

		assertThat(units.find(west.id()).orElseThrow().validTo()).isEqualTo(MERGER_DAY.minusDays(1));
		assertThat(units.find(east.id()).orElseThrow().activeOn(MERGER_DAY)).isFalse();
		assertThat(units.find(commune.id()).orElseThrow().parentId()).isEqualTo(successor.id());
		assertThat(units.links(successor.id())).extracting(OrgUnitLink::predecessorId)
			.containsExactlyInAnyOrder(west.id(), east.id());
		assertThat(units.links(west.id())).singleElement()
			.satisfies(link -> assertThat(link.kind()).isEqualTo(OrgUnitLink.Kind.MERGE));
		// the merged boards' names stay readable for documents filed before the merger
		assertThat(units.history(west.id())).last().extracting(OrgUnitName::name)
			.isEqualTo("Ban Tuyên giáo Huyện ủy Tây");
	}

	@Test
	void mergeIntoOneOfItsOwnSubunitsIsRefused() {
		OrgUnit board = units.create(district("Vòng").under(province()));
		OrgUnit inside = units.create(commune("Trong").under(board));

		assertThatThrownBy(() -> units.merge(new OrgUnits.Merge(List.of(board.id()), inside.id(), MERGER_DAY)))
			.isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.field()).isEqualTo("targetId"));
	}

	@Test
	void closingAUnitWithOpenSubunitsIsRefused() {
		OrgUnit board = units.create(district("Còn Con").under(province()));
		OrgUnit commune = units.create(commune("Con").under(board));

		assertThatThrownBy(() -> units.close(board.id(), new OrgUnits.Close(LocalDate.of(2025, 6, 30), board.version())))
			.isInstanceOf(InvalidInput.class);

		units.close(commune.id(), new OrgUnits.Close(LocalDate.of(2025, 6, 30), commune.version()));
		OrgUnit closed = units.close(board.id(), new OrgUnits.Close(LocalDate.of(2025, 6, 30), board.version()));
		assertThat(closed.activeOn(LocalDate.of(2025, 7, 1))).isFalse();
		assertThat(closed.activeOn(LocalDate.of(2025, 6, 30))).isTrue();
	}

	@Test
	void twoUnitsWithTheSameNameUnderOneParentAreRefused() {
		OrgUnit province = province();
		units.create(district("Trùng").under(province));

		assertThatThrownBy(() -> units.create(district("Trùng").under(province))).isInstanceOf(Conflict.class);
	}

	@Test
	void everyChangeIsAudited() {
		OrgUnit board = units.create(district("Ghi Nhật Ký").under(province()));
		units.rename(board.id(), new OrgUnits.Rename("Ban Ghi Nhật Ký", "Ghi", "BTGHU", LocalDate.of(2024, 1, 1), board.version()));

		List<AuditEntry> entries = audit.search(new AuditQuery(null, null, board.id(), null, null, null),
				org.springframework.data.domain.PageRequest.of(0, 10)).getContent();
		assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
		assertThat(entries.get(0).summary()).contains("Ban Ghi Nhật Ký");
	}

}
