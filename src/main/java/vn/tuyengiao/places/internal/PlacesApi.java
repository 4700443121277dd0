package vn.tuyengiao.places.internal;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.places.Place;
import vn.tuyengiao.places.PlaceMention;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;

/**
 * The gazetteer's API. Places are public facts, not a unit's data: any analyst (specialist, leader, viewer,
 * administrator) reads them and tries the tagger; only administrators import.
 */
@RestController
@Tag(name = "Địa danh")
class PlacesApi {

	private static final int MAX_TEXT = 200_000;

	/** A text to tag. */
	record TagRequest(String title, String text) {
	}

	private final PlacesService places;

	private final PlaceImports imports;

	private final AccessScope scope;

	PlacesApi(PlacesService places, PlaceImports imports, AccessScope scope) {
		this.places = places;
		this.imports = imports;
		this.scope = scope;
	}

	@Operation(summary = "Tìm đơn vị hành chính theo tên hoặc mã, gõ không dấu được; đơn vị hiện hành trước")
	@GetMapping("/api/places")
	List<Place> search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "limit", defaultValue = "20") int limit) {
		scope.require(RoleGroup.ANALYSTS);
		return places.search(query, Math.min(Math.max(limit, 1), 200));
	}

	@Operation(summary = "Một đơn vị hành chính với đơn vị cấp trên, đơn vị trước và sau 1/7/2025, đơn vị ngày nay")
	@GetMapping("/api/places/{code}")
	PlacesService.PlaceDetails place(@PathVariable String code) {
		scope.require(RoleGroup.ANALYSTS);
		return places.details(code).orElseThrow(() -> new NotFound("places.not-found", code));
	}

	@Operation(summary = "Những địa danh bộ gắn địa bàn đọc được trong tiêu đề và nội dung, kèm lý do chọn")
	@PostMapping("/api/places/tag")
	List<PlaceMention> tag(@RequestBody TagRequest request) {
		scope.require(RoleGroup.ANALYSTS);
		String title = request.title() == null ? "" : request.title();
		String text = request.text() == null ? "" : request.text();
		if (title.isBlank() && text.isBlank()) {
			throw new InvalidInput("text", "places.tag.empty");
		}
		if (title.length() + text.length() > MAX_TEXT) {
			throw new InvalidInput("text", "places.tag.too-long", MAX_TEXT);
		}
		return places.tag(title, text);
	}

	@Operation(summary = "Nhập tệp JSON của dvhcvn (dvhcvn.json, merges.json, splits.json); nhập lại không đổi gì; chỉ quản trị viên")
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping(path = "/api/places/imports", consumes = "multipart/form-data")
	PlaceImports.ImportResult importFile(@RequestParam("file") MultipartFile file) throws IOException {
		scope.require(RoleGroup.ADMINISTRATORS);
		return imports.importFile(file.getOriginalFilename(), file.getBytes());
	}

}
