package vn.tuyengiao.stories.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.stories.Stories;
import vn.tuyengiao.stories.StorySummary;
import vn.tuyengiao.stories.StoryView;
import vn.tuyengiao.platform.NotFound;

/** {@code /api/stories}: a story with its members and spread, and the stories rising now. */
@RestController
@Tag(name = "Theo dõi thông tin")
class StoriesApi {

	private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,4})\\s*([mhd])");

	private static final int MAX_LIMIT = 100;

	private final Stories stories;

	private final AccessScope access;

	StoriesApi(Stories stories, AccessScope access) {
		this.stories = stories;
		this.access = access;
	}

	@Operation(summary = "Một câu chuyện (chuỗi tin trùng lặp hoặc trích dẫn nhau): nguồn đầu tiên, các tin, độ lan theo giờ hoặc ngày")
	@GetMapping("/api/stories/{id}")
	StoryView story(@PathVariable long id) {
		access.require(RoleGroup.ANALYSTS);
		return stories.story(id).orElseThrow(() -> new NotFound("monitor.story.not-found", id));
	}

	@Operation(summary = "Các câu chuyện tăng nhiều tin nhất trong khoảng thời gian gần đây (rising=24h, 6h, 7d hoặc PT24H)")
	@GetMapping("/api/stories")
	List<StorySummary> rising(@RequestParam(defaultValue = "24h") String rising,
			@RequestParam(defaultValue = "20") int limit) {
		access.require(RoleGroup.ANALYSTS);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInput("limit", "monitor.story.bad-limit", MAX_LIMIT);
		}
		return stories.rising(window(rising), limit);
	}

	/** {@code 24h}, {@code 90m}, {@code 7d} or an ISO-8601 duration, from a minute to a year. */
	static Duration window(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		Duration window = null;
		Matcher m = SHORT_DURATION.matcher(value);
		if (m.matches()) {
			long n = Long.parseLong(m.group(1));
			window = switch (m.group(2)) {
				case "m" -> Duration.ofMinutes(n);
				case "h" -> Duration.ofHours(n);
				default -> Duration.ofDays(n);
			};
		}
		else {
			try {
				window = Duration.parse(value.toUpperCase(Locale.ROOT));
			}
			catch (DateTimeParseException ex) {
				// answered below, in Vietnamese
			}
		}
		if (window == null || window.compareTo(Duration.ofMinutes(1)) < 0 || window.compareTo(Duration.ofDays(366)) > 0) {
			throw new InvalidInput("rising", "monitor.story.bad-window", text);
		}
		return window;
	}

}
