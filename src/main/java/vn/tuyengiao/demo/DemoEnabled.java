package vn.tuyengiao.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when demo data is enabled, by the same rule as {@link DemoData#enabled}. */
class DemoEnabled implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return DemoData.enabled(context.getEnvironment());
	}

}
