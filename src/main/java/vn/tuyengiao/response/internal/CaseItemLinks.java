package vn.tuyengiao.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.response.CaseItemsLinked;
import vn.tuyengiao.response.Cases.Case;

/**
 * The items and stories of a case: those named (an unknown one is refused), linked once each, and announced
 * ({@link CaseItemsLinked}) so their evidence is captured.
 */
@Component
class CaseItemLinks {

	private final JdbcTemplate jdbc;

	private final Items items;

	private final ApplicationEventPublisher events;

	private final AccessScope scope;

	private final AuditLog audit;

	private final CaseRecords records;

	private final Clock clock = Clock.systemUTC();

	CaseItemLinks(JdbcTemplate jdbc, Items items, ApplicationEventPublisher events, AccessScope scope, AuditLog audit,
			CaseRecords records) {
		this.jdbc = jdbc;
		this.items = items;
		this.events = events;
		this.scope = scope;
		this.audit = audit;
		this.records = records;
	}

	@Transactional
	Case link(long id, List<Long> itemIds, String note) {
		Case current = records.handled(id, null);
		if (itemIds == null || itemIds.isEmpty()) {
			throw new InvalidInput("itemIds", "response.case.items-required");
		}
		String actor = scope.current().username();
		Instant now = clock.instant();
		List<Long> added = linkRows(id, linkedItems(itemIds, List.of()), actor, now);
		if (added.isEmpty()) {
			return current;
		}
		records.touch(id, now);
		String why = CaseInput.optional("note", note, 2000);
		records.step(id, current.status(), current.status(), "Thêm " + added.size() + " tin" + (why == null ? "" : ": " + why), actor,
				now, "LINK");
		audit.record(AuditAction.UPDATE, "case:" + id, current.ownerUnitId(),
				"Thêm " + added.size() + " tin vào vụ việc \"" + current.title() + "\"");
		announce(id, added);
		return records.get(id);
	}

	/** The items to link: those named, then every item of the stories named; an unknown item is refused. */
	List<Items.Item> linkedItems(List<Long> itemIds, List<Long> storyIds) {
		List<Items.Item> found = new ArrayList<>();
		Set<Long> seen = new LinkedHashSet<>();
		for (Long itemId : itemIds == null ? List.<Long>of() : itemIds) {
			if (itemId == null) {
				throw new InvalidInput("itemIds", "response.case.item-unknown", "?");
			}
			if (seen.add(itemId)) {
				found.add(items.find(itemId).orElseThrow(() -> new InvalidInput("itemIds", "response.case.item-unknown", String.valueOf(itemId))));
			}
		}
		for (Long storyId : storyIds == null ? List.<Long>of() : storyIds) {
			List<Items.Item> story = storyId == null ? List.of() : items.ofStory(storyId);
			if (story.isEmpty()) {
				throw new InvalidInput("storyIds", "response.case.story-unknown", String.valueOf(storyId));
			}
			story.stream().filter(item -> seen.add(item.id())).forEach(found::add);
		}
		return found;
	}

	/** Links the items and their stories that are not linked yet; returns the ids of the items added. */
	List<Long> linkRows(long caseId, List<Items.Item> linked, String actor, Instant now) {
		Set<Long> already = new LinkedHashSet<>(
				jdbc.queryForList("select item_id from response_case_item where case_id = ?", Long.class, caseId));
		Set<Long> stories = new LinkedHashSet<>(
				jdbc.queryForList("select story_id from response_case_story where case_id = ?", Long.class, caseId));
		List<Long> added = new ArrayList<>();
		for (Items.Item item : linked) {
			if (already.add(item.id())) {
				jdbc.update("insert into response_case_item (case_id, item_id, linked_at, linked_by) values (?, ?, ?, ?)", caseId,
						item.id(), Timestamp.from(now), actor);
				added.add(item.id());
			}
			if (item.storyId() != null && stories.add(item.storyId())) {
				jdbc.update("insert into response_case_story (case_id, story_id, linked_at) values (?, ?, ?)", caseId,
						item.storyId(), Timestamp.from(now));
			}
		}
		return added;
	}

	/** Tells the rest of the application that items were linked to the case, if any were. */
	void announce(long caseId, List<Long> added) {
		if (!added.isEmpty()) {
			events.publishEvent(new CaseItemsLinked(caseId, added));
		}
	}

}
