package vn.tuyengiao.monitor.internal.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness towards each host: at most {@code perHost} requests open at once, and their starts at least
 * the host's delay apart. A caller that must wait sleeps; fetching runs on background threads, and a
 * site is better served by a slow reader than by a burst.
 */
final class HostSlots {

	private final int perHost;

	private final Map<String, Host> hosts = new ConcurrentHashMap<>();

	HostSlots(int perHost) {
		this.perHost = perHost;
	}

	/** Waits for a turn at the host; close the slot when the response has been read. */
	Slot acquire(String host, Duration delay) throws InterruptedException {
		Host h = hosts.computeIfAbsent(host, k -> new Host(new Semaphore(perHost, true)));
		h.permits.acquire();
		try {
			long wait;
			synchronized (h) {
				long now = System.nanoTime();
				long start = h.started && h.nextStart - now > 0 ? h.nextStart : now;
				h.nextStart = start + delay.toNanos();
				h.started = true;
				wait = start - now;
			}
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
		}
		catch (InterruptedException | RuntimeException ex) {
			h.permits.release();
			throw ex;
		}
		return h.permits::release;
	}

	/** A turn at a host, given back by {@link #close}. */
	interface Slot extends AutoCloseable {

		@Override
		void close();

	}

	private static final class Host {

		final Semaphore permits;

		/** When the next request may start, in {@link System#nanoTime} terms; meaningful once started. */
		long nextStart;

		boolean started;

		Host(Semaphore permits) {
			this.permits = permits;
		}

	}

}
