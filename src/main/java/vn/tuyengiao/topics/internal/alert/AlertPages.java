package vn.tuyengiao.topics.internal.alert;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tools.jackson.databind.JsonNode;

/** {@code /monitor/alerts}: the signed-in user's alert notifications, where the dashboard's reminder leads. */
@Controller
class AlertPages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final Notifications notifications;

	private final AlertAccess access;

	AlertPages(Notifications notifications, AlertAccess access) {
		this.notifications = notifications;
		this.access = access;
	}

	/** A notification ready to show: times in Vietnam, highlights as plain text. */
	record Row(long id, String kind, String subject, String when, boolean read, List<ItemRow> items) {
	}

	record ItemRow(long itemId, String title, String url, String outlet, List<String> highlights) {
	}

	@GetMapping("/monitor/alerts")
	String alerts(Model model) {
		List<Row> rows = notifications.of(access.username(), false, 100)
			.stream()
			.map(n -> new Row(n.id(), n.kind(), n.subject(), WHEN.format(n.createdAt().atZone(AlertMessages.VIETNAM)), n.read(),
					items(n.items())))
			.toList();
		model.addAttribute("rows", rows);
		return "monitor/alerts";
	}

	@PostMapping("/monitor/alerts/{id}/read")
	String read(@PathVariable long id) {
		notifications.markRead(id, access.username());
		return "redirect:/monitor/alerts";
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
