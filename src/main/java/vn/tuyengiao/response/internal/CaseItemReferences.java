package vn.tuyengiao.response.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.monitor.ItemReferences;
import vn.tuyengiao.response.CaseStatus;

/** The cases an item is in, for monitoring's pages: only cases of units the caller reads. */
@Component
class CaseItemReferences implements ItemReferences {

	private static final int MAX_ITEMS = 500;

	private final JdbcTemplate jdbc;

	private final AccessScope scope;

	private final MessageSource messages;

	CaseItemReferences(JdbcTemplate jdbc, AccessScope scope, MessageSource messages) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.messages = messages;
	}

	@Override
	public Map<Long, List<Reference>> about(Collection<Long> itemIds) {
		Map<Long, List<Reference>> found = new LinkedHashMap<>();
		CurrentUser user = scope.currentIfAny().orElse(null);
		if (user == null || itemIds.isEmpty()) {
			return found;
		}
		List<Long> ids = itemIds.stream().distinct().limit(MAX_ITEMS).toList();
		Set<Long> readable = scope.unitsWith(RoleGroup.ANALYSTS);
		jdbc.query("select i.item_id, c.id, c.title, c.status, c.owner_unit_id from response_case_item i"
				+ " join response_case c on c.id = i.case_id where i.item_id in (" + String.join(", ", ids.stream().map(id -> "?").toList())
				+ ") order by c.id", rs -> {
					long unit = rs.getLong(5);
					if (readable.contains(unit)) {
						CaseStatus status = CaseStatus.valueOf(rs.getString(4));
						String label = messages.getMessage("response.reference", new Object[] { String.valueOf(rs.getLong(2)),
								rs.getString(3), messages.getMessage("response.status." + status, null, LocaleContextHolder.getLocale()) },
								LocaleContextHolder.getLocale());
						found.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
							.add(new Reference(label, "/response/cases/" + rs.getLong(2), status != CaseStatus.CLOSED));
					}
				}, ids.toArray());
		return found;
	}

}
