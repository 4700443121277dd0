package vn.tuyengiao.response;

import java.util.List;

/**
 * Published when items are linked to a case (when it is opened or later): their evidence capture starts from it.
 * Delivered after the link is committed; handlers must be idempotent.
 */
public record CaseItemsLinked(long caseId, List<Long> itemIds) {

	public CaseItemsLinked {
		itemIds = List.copyOf(itemIds);
	}

}
