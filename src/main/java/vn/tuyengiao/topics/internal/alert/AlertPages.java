package vn.tuyengiao.topics.internal.alert;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.JsonNode;

import vn.tuyengiao.platform.VietnamTime;

/**
 * {@code /monitor/alerts}: the signed-in user's in-app alerts with their items and marked passages, where an
 * alert's notice in the notice centre leads (it is read there).
 */
@Controller
class AlertPages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	static final int LISTED = 100;

	private final InAppAlerts alerts;

	private final AlertAccess access;

	AlertPages(InAppAlerts alerts, AlertAccess access) {
		this.alerts = alerts;
		this.access = access;
	}

	/** An alert ready to show: times in Vietnam, highlights as plain text. */
	record Row(long id, String kind, String subject, String when, List<ItemRow> items) {
	}

	record ItemRow(long itemId, String title, String url, String outlet, List<String> highlights) {
	}

	@GetMapping("/monitor/alerts")
	String alerts(Model model) {
		List<Row> rows = alerts.of(access.username(), LISTED)
			.stream()
			.map(a -> new Row(a.id(), a.kind(), a.subject(), WHEN.format(a.createdAt().atZone(VietnamTime.ZONE)),
					items(a.items())))
			.toList();
		model.addAttribute("rows", rows);
		return "monitor/alerts";
	}

	private static List<ItemRow> items(JsonNode items) {
		List<ItemRow> rows = new ArrayList<>();
		for (JsonNode item : items) {
			List<String> highlights = new ArrayList<>();
			item.path("highlights").forEach(h -> highlights.add(h.asString().replace("<mark>", "").replace("</mark>", "")));
			rows.add(new ItemRow(item.path("itemId").asLong(), item.path("title").asString(), item.path("url").asString(),
					item.path("outlet").asString(), highlights));
		}
		return rows;
	}

}
