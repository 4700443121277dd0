package vn.tuyengiao.response.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.WorkArea;

/** What the response pages share: the item rows of a case, times in Vietnam, work-area names and problem messages. */
final class CasePageParts {

	/** An item of the case as its page lists it; title null when the item is no longer there. */
	record ItemRow(long id, String title, String url, String outlet, Instant publishedAt, int riskScore) {
	}

	/** Times in Vietnam, for the templates. */
	static final class Times {

		public String format(Instant at) {
			return CaseFormats.dateTime(at);
		}

	}

	private CasePageParts() {
	}

	/** The work areas' names by code, for the templates. */
	static Map<String, String> workAreas(ReportCatalogue catalogue) {
		Map<String, String> names = new LinkedHashMap<>();
		for (WorkArea area : catalogue.workAreas()) {
			names.put(area.code(), area.name());
		}
		return names;
	}

	/** The first 200 items of a case, each as it is now. */
	static List<ItemRow> rows(Items items, List<Long> itemIds) {
		List<ItemRow> rows = new ArrayList<>();
		for (Long itemId : itemIds.size() > 200 ? itemIds.subList(0, 200) : itemIds) {
			rows.add(items.find(itemId)
				.map(i -> new ItemRow(i.id(), i.title(), i.url(), i.outlet(), i.publishedAt(), i.riskScore()))
				.orElse(new ItemRow(itemId, null, null, null, null, 0)));
		}
		return rows;
	}

	/** The parts of a list typed in one field, separated by commas, semicolons or lines. */
	static List<String> list(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The problem's message, then what is wrong with each field it names. */
	static String message(MessageSource messages, DomainProblem problem) {
		StringBuilder text = new StringBuilder(
				messages.getMessage(problem.messageKey(), problem.arguments(), LocaleContextHolder.getLocale()));
		for (DomainProblem.FieldProblem field : problem.fieldProblems()) {
			String name = messages.getMessage("response.field." + field.field(), null, field.field(), LocaleContextHolder.getLocale());
			text.append(' ').append(name).append(": ")
				.append(messages.getMessage(field.messageKey(), field.arguments(), LocaleContextHolder.getLocale()));
		}
		return text.toString();
	}

}
