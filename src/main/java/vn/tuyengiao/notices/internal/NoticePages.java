package vn.tuyengiao.notices.internal;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tuyengiao.notices.Notice;
import vn.tuyengiao.notices.Notices;
import vn.tuyengiao.platform.PageOf;
import vn.tuyengiao.platform.Paging;
import vn.tuyengiao.platform.VietnamTime;

/** {@code /notices}: the signed-in user's notices from every module, where the header's count leads. */
@Controller
class NoticePages {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final Notices notices;

	NoticePages(Notices notices) {
		this.notices = notices;
	}

	/** A notice ready to show, its time in Vietnam. */
	record Row(Notice notice, String when) {
	}

	@GetMapping("/notices")
	String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageOf<Notice> found = notices.mine(unread, new Paging(page, PAGE_SIZE));
		model.addAttribute("rows",
				found.items().stream().map(n -> new Row(n, WHEN.format(n.createdAt().atZone(VietnamTime.ZONE)))).toList());
		model.addAttribute("unread", unread);
		model.addAttribute("page", page);
		model.addAttribute("more", (long) (page + 1) * PAGE_SIZE < found.total());
		return "notices/list";
	}

	@PostMapping("/notices/{id}/read")
	String read(@PathVariable long id) {
		notices.markRead(id);
		return "redirect:/notices";
	}

	/** Opens what the notice is about, marking it read: the link is the notice's own, never one from the request. */
	@PostMapping("/notices/{id}/open")
	String open(@PathVariable long id) {
		Notice notice = notices.markRead(id);
		return notice.link() == null ? "redirect:/notices" : "redirect:" + notice.link();
	}

	@PostMapping("/notices/read")
	String readAll() {
		notices.markAllRead();
		return "redirect:/notices";
	}

}
