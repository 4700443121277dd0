package vn.tuyengiao.org.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitLink;
import vn.tuyengiao.org.OrgUnitName;
import vn.tuyengiao.org.OrgUnits;

/** {@code /api/org-units}: the units the caller's roles cover, and the admin's changes to them. */
@RestController
@RequestMapping("/api/org-units")
@Tag(name = "Đơn vị")
class OrgUnitApi {

	private final OrgUnits units;

	private final OrgUnitAccess access;

	OrgUnitApi(OrgUnits units, OrgUnitAccess access) {
		this.units = units;
		this.access = access;
	}

	@Operation(summary = "Các đơn vị trong phạm vi của người gọi, theo thứ tự cây")
	@GetMapping
	List<OrgUnit> list() {
		return access.visible();
	}

	@GetMapping("/{id}")
	OrgUnit get(@PathVariable long id) {
		return access.visible(id);
	}

	@Operation(summary = "Lịch sử tên gọi và các liên kết tiền thân / kế thừa")
	@GetMapping("/{id}/history")
	History history(@PathVariable long id) {
		access.visible(id);
		return new History(units.history(id), units.links(id));
	}

	@Operation(summary = "Tạo đơn vị (quản trị của đơn vị cha)")
	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<OrgUnit> create(@Valid @RequestBody OrgUnits.NewOrgUnit unit) {
		access.requireMayCreateUnder(unit.parentId());
		OrgUnit created = units.create(unit);
		return ResponseEntity.created(URI.create("/api/org-units/" + created.id())).body(created);
	}

	@Operation(summary = "Đổi tên từ một ngày; tên cũ được giữ trong lịch sử")
	@PostMapping("/{id}/rename")
	@PreAuthorize("hasRole('ADMIN')")
	OrgUnit rename(@PathVariable long id, @Valid @RequestBody OrgUnits.Rename rename) {
		access.requireAdminOf(id);
		return units.rename(id, rename);
	}

	@Operation(summary = "Hợp nhất các đơn vị nguồn vào đơn vị đích từ một ngày")
	@PostMapping("/merge")
	@PreAuthorize("hasRole('ADMIN')")
	OrgUnit merge(@Valid @RequestBody OrgUnits.Merge merge) {
		merge.sourceIds().forEach(access::requireAdminOf);
		access.requireAdminOf(merge.targetId());
		return units.merge(merge);
	}

	@Operation(summary = "Ngừng hoạt động đơn vị sau một ngày")
	@PostMapping("/{id}/close")
	@PreAuthorize("hasRole('ADMIN')")
	OrgUnit close(@PathVariable long id, @Valid @RequestBody OrgUnits.Close close) {
		access.requireAdminOf(id);
		return units.close(id, close);
	}

	record History(List<OrgUnitName> names, List<OrgUnitLink> links) {
	}

}
