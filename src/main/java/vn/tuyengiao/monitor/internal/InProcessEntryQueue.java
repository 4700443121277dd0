package vn.tuyengiao.monitor.internal;

import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.FetchCounts;

/** The embedded default: the store stage runs in the caller's thread, so a reading returns when it is stored. */
@Component
class InProcessEntryQueue implements EntryQueue {

	private final Intake intake;

	InProcessEntryQueue(Intake intake) {
		this.intake = intake;
	}

	@Override
	public FetchCounts submit(EntryBatch batch) {
		return intake.store(batch);
	}

}
