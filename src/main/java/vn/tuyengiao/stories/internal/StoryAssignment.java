package vn.tuyengiao.stories.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.ItemIngested;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.stories.Stories;

/**
 * Puts every item ingested, new or with a changed text, in its story. Through the event publication registry:
 * an item stored before a crash is assigned after the restart; assigning twice changes nothing.
 */
@Component
class StoryAssignment {

	private final Items items;

	private final Stories stories;

	StoryAssignment(Items items, Stories stories) {
		this.items = items;
		this.stories = stories;
	}

	@ApplicationModuleListener
	void on(ItemIngested event) {
		items.content(event.itemId()).ifPresent(stories::storyOf);
	}

}
