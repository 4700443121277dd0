package vn.tuyengiao.response.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/**
 * Cases and their workflow, kept with plain SQL: a case row, its items and stories by id, and one row per step
 * (the timeline). Analysts (specialists, leaders, administrators) of the owning unit or a unit above open, move
 * and assign cases; viewers read them. Whoever holds none of these roles anywhere (a reporter, a collaborator) is
 * refused (403); a case of a unit where the reader's roles do not reach does not exist for them (404). Every change
 * is audited in the same transaction. Reading is {@link CaseRecords}, opening {@link CaseOpening}, linking items
 * {@link CaseItemLinks}, the workflow {@link CaseMoves} and assigning {@link CaseAssignment}.
 */
@Service
class CaseService implements Cases {

	private final CaseRecords records;

	private final CaseOpening opening;

	private final CaseItemLinks links;

	private final CaseMoves moves;

	private final CaseAssignment assignment;

	CaseService(CaseRecords records, CaseOpening opening, CaseItemLinks links, CaseMoves moves,
			CaseAssignment assignment) {
		this.records = records;
		this.opening = opening;
		this.links = links;
		this.moves = moves;
		this.assignment = assignment;
	}

	@Override
	@Transactional
	public Case open(NewCase request) {
		return opening.open(request);
	}

	@Override
	@Transactional(readOnly = true)
	public Case get(long id) {
		return records.get(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Case> visible() {
		return records.visible();
	}

	@Override
	@Transactional
	public Case move(long id, CaseStatus to, String note, Long version) {
		return moves.move(id, to, note, version);
	}

	@Override
	@Transactional
	public Case link(long id, List<Long> itemIds, String note) {
		return links.link(id, itemIds, note);
	}

	@Override
	@Transactional
	public Case assign(long id, String assignee, String note, Long version) {
		return assignment.assign(id, assignee, note, version);
	}

}
