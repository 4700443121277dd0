package vn.tuyengiao.topics.internal;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.platform.VietnamDateTimes;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.platform.DomainProblem;

/**
 * The saved topics' pages: the list with today's matches, the editor with its preview over the last 30 days
 * and the language's help, and a topic with its matches, the words that made each match marked.
 */
@Controller
class TopicPages {

	/** The editor's fields as the form posts them. */
	record TopicForm(String name, String query, Boolean exactAccents) {

		boolean exact() {
			return Boolean.TRUE.equals(exactAccents);
		}

	}

	private final Topics topics;

	private final AccessScope access;

	private final MessageSource messages;

	TopicPages(Topics topics, AccessScope access, MessageSource messages) {
		this.topics = topics;
		this.access = access;
		this.messages = messages;
	}

	@ModelAttribute("vnTime")
	VietnamDateTimes vnTime() {
		return VietnamDateTimes.INSTANCE;
	}

	@GetMapping("/monitor/topics")
	String list(Model model) {
		model.addAttribute("topics", topics.visible());
		model.addAttribute("form", new TopicForm("", "", false));
		model.addAttribute("canAdd", canAdd());
		return "monitor/topics";
	}

	@PostMapping("/monitor/topics")
	String create(@ModelAttribute TopicForm form, Model model, RedirectAttributes redirect) {
		try {
			Topics.TopicView created = topics.create(new Topics.NewTopic(form.name(), form.query(), form.exact(), null));
			redirect.addFlashAttribute("notice", "monitor.page.topic.created");
			return "redirect:/monitor/topics/" + created.id();
		}
		catch (DomainProblem problem) {
			model.addAttribute("topics", topics.visible());
			model.addAttribute("form", form);
			model.addAttribute("canAdd", true);
			model.addAttribute("formError", message(problem));
			return "monitor/topics";
		}
	}

	/** The preview, for htmx: how many items of the last 30 days the query finds, or what is wrong with it. */
	@PostMapping("/monitor/topics/preview")
	String preview(@ModelAttribute TopicForm form, Model model) {
		try {
			model.addAttribute("preview", topics.preview(form.query(), form.exact()));
		}
		catch (DomainProblem problem) {
			model.addAttribute("previewError", message(problem));
		}
		return "monitor/topics :: preview";
	}

	@GetMapping("/monitor/topics/{id}")
	String topic(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		Topics.TopicView topic = topics.get(id);
		model.addAttribute("topic", topic);
		model.addAttribute("matches", topics.matches(id, page, 50));
		model.addAttribute("page", page);
		model.addAttribute("canManage", access.holds(RoleGroup.HANDLERS, topic.ownerUnitId()));
		return "monitor/topic";
	}

	@PostMapping("/monitor/topics/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, @RequestParam long version) {
		topics.update(id, new Topics.TopicChange(null, null, null, active, version));
		return "redirect:/monitor/topics/" + id;
	}

	private boolean canAdd() {
		return access.currentIfAny().filter(user -> user.holds(RoleGroup.HANDLERS)).isPresent();
	}

	private String message(DomainProblem problem) {
		return messages.getMessage(problem.messageKey(), problem.arguments(), LocaleContextHolder.getLocale());
	}

}
