package vn.tuyengiao.topics.internal.alert;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.topics.internal.alert.AlertRules.Topic;
import vn.tuyengiao.platform.NotFound;

/**
 * Who may see and set a topic's alerts: analysts (specialists, leaders, administrators) of the topic's unit
 * or a unit above it change them, viewers there read them; for other analysts the topic does not exist, and
 * whoever holds no monitoring role anywhere (a reporter, a collaborator) is refused.
 */
@Component
class AlertAccess {

	private final AccessScope scope;

	private final AlertRules rules;

	AlertAccess(AccessScope scope, AlertRules rules) {
		this.scope = scope;
		this.rules = rules;
	}

	Topic readable(long topicId) {
		scope.require(RoleGroup.ANALYSTS);
		Topic topic = rules.topic(topicId).orElseThrow(() -> new NotFound("monitor.alert.topic-not-found", topicId));
		if (!scope.holds(RoleGroup.ANALYSTS, topic.ownerUnitId())) {
			throw new NotFound("monitor.alert.topic-not-found", topicId);
		}
		return topic;
	}

	Topic manageable(long topicId) {
		Topic topic = readable(topicId);
		scope.require(RoleGroup.HANDLERS, topic.ownerUnitId());
		return topic;
	}

	String username() {
		return scope.current().username();
	}

}
