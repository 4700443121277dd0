package vn.tuyengiao.topics;

import java.time.LocalDate;
import java.util.List;

/** How many items the saved topics (chủ đề theo dõi) matched per day, for the monitoring dashboard. */
public interface TopicVolumes {

	/** A topic's matches among the items published (or first seen) on a day. */
	record Volume(String topicName, LocalDate day, int matches) {
	}

	/** The volumes of the topics the signed-in user reads. */
	List<Volume> perDay();

}
