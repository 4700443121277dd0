package vn.tuyengiao.response.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.monitor.PageArchive;
import vn.tuyengiao.response.CaseItemsLinked;

/**
 * Captures the pages of the items linked to cases, in the background: a few worker threads, started after the
 * link commits, so opening a case never waits for a site. Delivery is at least once: a sweep (every
 * {@code sweep}, and at start-up) gives a first capture to links that have none and takes up captures left
 * pending by a restart; the row's claim makes sure only one worker writes a capture, and a link's first
 * capture is one row whoever asks for it.
 * <p>
 * No user's security context is carried into the workers. The capture goes through monitor's
 * {@link PageArchive#captureItem}, a system path that reads the item's address itself: the user's right to have
 * the page preserved was decided when the item was linked or the re-capture asked for, a sweep after a restart
 * has nobody's context to borrow, and a borrowed context would outlive the permissions it stood for. The file
 * is served only to readers of the case.
 */
@Component
class EvidenceCapture {

	private static final Logger log = LoggerFactory.getLogger(EvidenceCapture.class);

	private static final int SWEEP_BATCH = 200;

	private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

	private final EvidenceLocker locker;

	private final PageArchive archive;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final EvidenceSettings settings;

	private final MessageSource messages;

	private final ThreadPoolExecutor workers;

	/** Queued and not yet done: the sweep does not queue a capture twice. */
	private final Set<Long> queued = ConcurrentHashMap.newKeySet();

	private final Clock clock = Clock.systemUTC();

	EvidenceCapture(EvidenceLocker locker, PageArchive archive, AuditLog audit, PlatformTransactionManager transactions,
			EvidenceSettings settings, MessageSource messages) {
		this.locker = locker;
		this.messages = messages;
		this.archive = archive;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
		this.settings = settings;
		AtomicInteger count = new AtomicInteger();
		// a full queue drops the task: the sweep brings the capture back
		this.workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(1000), task -> {
					Thread thread = new Thread(task, "evidence-capture-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.DiscardPolicy());
	}

	/** Items were linked to a case and the link committed: each gets its first capture. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void linked(CaseItemsLinked event) {
		submit(() -> {
			for (long itemId : event.itemIds()) {
				Instant now = clock.instant();
				transactions.execute(status -> locker.requestFirst(event.caseId(), itemId, locker.linkedBy(event.caseId(), itemId), now))
					.ifPresent(this::enqueue);
			}
		});
	}

	/** A re-capture was asked for and committed. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void requested(EvidenceRequested event) {
		enqueue(event.evidenceId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		submit(this::sweep);
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

	/** Gives a first capture to links without one and takes up captures nobody finished. */
	@Scheduled(fixedDelayString = "${tuyengiao.response.evidence.sweep:60s}", initialDelayString = "${tuyengiao.response.evidence.sweep:60s}")
	void sweep() {
		try {
			Instant now = clock.instant();
			for (long[] link : locker.linksWithoutCapture(SWEEP_BATCH)) {
				transactions.execute(status -> locker.requestFirst(link[0], link[1], locker.linkedBy(link[0], link[1]), now))
					.ifPresent(this::enqueue);
			}
			List<EvidenceLocker.Row> waiting = locker.waiting(now.minus(settings.sweep()), now.minus(settings.staleAfter()), SWEEP_BATCH);
			for (EvidenceLocker.Row row : waiting) {
				if (row.attempts() >= settings.maxAttempts()) {
					transactions.executeWithoutResult(status -> {
						locker.failed(row.evidence().id(), null, messages.getMessage("response.evidence.interrupted", new Object[] { row.attempts() }, VIETNAMESE), now);
						audit.record(AuditAction.UPDATE, "evidence:" + row.evidence().id(), locker.ownerUnit(row.evidence().caseId()),
								"Dừng lưu chứng cứ tin số " + row.evidence().itemId() + " của vụ việc số " + row.evidence().caseId()
										+ ": bị gián đoạn " + row.attempts() + " lần");
					});
				}
				else {
					enqueue(row.evidence().id());
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("The evidence sweep failed; it runs again at its next turn", ex);
		}
	}

	private void enqueue(long evidenceId) {
		if (queued.add(evidenceId)) {
			submit(() -> {
				try {
					capture(evidenceId);
				}
				finally {
					queued.remove(evidenceId);
				}
			});
		}
	}

	private void submit(Runnable task) {
		try {
			workers.execute(task);
		}
		catch (RejectedExecutionException ex) {
			// shutting down: the sweep of the next start takes it up
		}
	}

	/** Runs one capture now, in the calling thread, if no other worker has it. */
	void capture(long evidenceId) {
		Instant started = clock.instant();
		if (!locker.claim(evidenceId, started, started.minus(settings.staleAfter()))) {
			return;
		}
		EvidenceLocker.Row row = locker.find(evidenceId).orElseThrow();
		long caseId = row.evidence().caseId();
		long itemId = row.evidence().itemId();
		String subject = "evidence:" + evidenceId;
		String what = "tin số " + itemId + " của vụ việc số " + caseId + " (lần " + row.captureNo() + ", yêu cầu của "
				+ row.requestedBy() + ")";
		AtomicReference<PageArchive.Capture> capture = new AtomicReference<>();
		try {
			EvidenceLocker.Stored file = locker.store(caseId, evidenceId, out -> capture.set(archive.captureItem(itemId, out)));
			PageArchive.Capture done = capture.get();
			transactions.executeWithoutResult(status -> {
				locker.captured(evidenceId, done.url(), done.finalUrl(), done.capturedAt(), file, done.resources(),
						done.resourcesFailed(), done.liveFailure(), clock.instant());
				audit.record(AuditAction.CREATE, subject, locker.ownerUnit(caseId), "Lưu chứng cứ " + what + ": " + done.url()
						+ ", SHA-256 " + file.sha256() + ", " + file.bytes() + " byte, "
						+ (done.storedCopy() ? "bản tin hệ thống đã thu thập (trang gốc: " + done.liveFailure() + ")"
								: done.resources() + " tài nguyên"
										+ (done.resourcesFailed() > 0 ? " (" + done.resourcesFailed() + " không lưu được)" : "")));
			});
		}
		catch (PageArchive.CaptureFailed ex) {
			transactions.executeWithoutResult(status -> {
				locker.failed(evidenceId, ex.url(), ex.getMessage(), clock.instant());
				audit.record(AuditAction.CREATE, subject, locker.ownerUnit(caseId), "Không lưu được chứng cứ " + what + ": "
						+ ex.getMessage());
			});
		}
		catch (RuntimeException ex) {
			// left pending: the sweep takes it up again once it is stale, until maxAttempts
			log.warn("Capture {} of item {} for case {} failed; it will be tried again", evidenceId, itemId, caseId, ex);
		}
	}

}
