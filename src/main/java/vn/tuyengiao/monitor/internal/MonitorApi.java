package vn.tuyengiao.monitor.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.monitor.FetchCounts;
import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.Source;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.Sources;
import vn.tuyengiao.platform.Paging;
import vn.tuyengiao.platform.VietnamTime;

/** {@code /api/sources} and {@code /api/items}: everything the monitoring pages do. */
@RestController
@Tag(name = "Theo dõi thông tin")
class MonitorApi {

	private final Sources sources;

	private final ItemSearch search;

	private final ItemDetails details;

	private final MonitorAccess access;

	private final Imports imports;

	private final SourceService sourceService;

	MonitorApi(Sources sources, ItemSearch search, ItemDetails details, MonitorAccess access, Imports imports,
			SourceService sourceService) {
		this.sourceService = sourceService;
		this.sources = sources;
		this.search = search;
		this.details = details;
		this.access = access;
		this.imports = imports;
	}

	@Operation(summary = "Nhập tệp CSV hoặc JSONL (phần file; cột url,title,text,published_at,author); preview=true chỉ xem trước")
	@PostMapping(path = "/api/imports", consumes = "multipart/form-data")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'ADMIN')")
	ResponseEntity<?> importFile(@RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			@RequestParam(required = false) Long sourceId, @RequestParam(defaultValue = "false") boolean preview)
			throws java.io.IOException {
		access.requireManagerSomewhere();
		if (preview) {
			return ResponseEntity.ok(imports.preview(file.getBytes()));
		}
		SourceEntity source;
		if (sourceId != null) {
			source = sourceService.entity(sourceId);
			access.requireManager(source.ownerUnitId());
		}
		else {
			long unit = access.defaultOwnerUnit();
			access.requireManager(unit);
			source = imports.defaultSource(unit);
		}
		return ResponseEntity.ok(imports.importFile(source, file.getOriginalFilename(), file.getBytes()));
	}

	@Operation(summary = "Các nguồn tin của các đơn vị trong phạm vi")
	@GetMapping("/api/sources")
	List<Source> sources() {
		access.requireReader();
		return sources.ownedBy(access.readableUnits());
	}

	@Operation(summary = "Thêm nguồn tin: RSS, ATOM, SITEMAP, PAGE, SECTION hoặc IMPORT")
	@PostMapping("/api/sources")
	ResponseEntity<Source> create(@RequestBody Sources.NewSource request) {
		long owner = request.ownerUnitId() != null ? request.ownerUnitId() : access.defaultOwnerUnit();
		access.requireManager(owner);
		Source created = sources.create(new Sources.NewSource(request.name(), request.type(), request.url(),
				request.outlet(), request.kind(), request.language(), request.intervalMinutes(), owner));
		return ResponseEntity.created(URI.create("/api/sources/" + created.id())).body(created);
	}

	@GetMapping("/api/sources/{id}")
	Source source(@PathVariable long id) {
		return access.readable(sources.get(id));
	}

	@Operation(summary = "Sửa nguồn tin (gửi kèm version đã đọc)")
	@PutMapping("/api/sources/{id}")
	Source update(@PathVariable long id, @RequestBody Sources.SourceChange change) {
		access.requireManager(access.readable(sources.get(id)).ownerUnitId());
		return sources.update(id, change);
	}

	@Operation(summary = "Đọc nguồn tin ngay; trả về số mục đọc được, tạo mới, cập nhật, lỗi")
	@PostMapping("/api/sources/{id}/fetch")
	FetchCounts fetch(@PathVariable long id) {
		access.requireManager(access.readable(sources.get(id)).ownerUnitId());
		return sources.fetchNow(id);
	}

	@Operation(summary = "Tình trạng nguồn tin: lần đọc được gần nhất, lỗi gần nhất, số tin trong ngày so với thường lệ")
	@GetMapping("/api/sources/{id}/health")
	Sources.Health health(@PathVariable long id) {
		access.readable(sources.get(id));
		return sources.health(id);
	}

	@Operation(summary = "Tìm tin: không dấu theo mặc định, \"cụm từ\" trong ngoặc kép, lọc theo nguồn, loại, ngôn ngữ, ngày")
	@GetMapping("/api/items")
	ItemSearch.Result items(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean exact,
			@RequestParam(required = false) String outlet, @RequestParam(required = false) SourceKind kind,
			@RequestParam(required = false) String language, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "relevance") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		access.requireReader();
		Paging paging = new Paging(page, size);
		return search.search(new ItemSearch.Query(q, exact, outlet, kind, language, startOf(from),
				to == null ? null : startOf(to.plusDays(1)), "date".equals(sort), paging.page(), paging.size()));
	}

	@GetMapping("/api/items/{id}")
	ItemDetails.Item item(@PathVariable long id) {
		return details.get(id);
	}

	private static Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(VietnamTime.ZONE).toInstant();
	}

}
