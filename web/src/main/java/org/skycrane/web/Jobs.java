package org.skycrane.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs or campaigns in flight, at most {@code limit} at once: a request beyond the limit is refused
 * (429 with a retry hint) rather than queued, so the server keeps answering.
 */
final class Jobs<J extends Jobs.Job> {

    /** One background job: its id and state. */
    interface Job {
        String id();

        String state();
    }

    private final String kind;
    private final Semaphore slots;
    private final int limit;
    private final Map<String, J> all = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong(1);
    private final ExecutorService pool;

    Jobs(String kind, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.kind = kind;
        this.slots = new Semaphore(limit);
        this.limit = limit;
        this.pool = Executors.newFixedThreadPool(limit, r -> {
            Thread t = new Thread(r, "skycrane-" + kind);
            t.setDaemon(true);
            return t;
        });
    }

    /** A new id for a job of this kind. */
    String newId() {
        return kind + "-" + next.getAndIncrement();
    }

    /** Takes a slot or throws 429; the slot is returned when {@code work} ends. */
    void start(J job, Runnable work) {
        if (!slots.tryAcquire()) {
            throw new WorkingDir.Refused(429, null, "too many " + kind + "s in flight (at most " + limit
                    + "); retry when one finishes");
        }
        all.put(job.id(), job);
        pool.execute(() -> {
            try {
                work.run();
            } finally {
                slots.release();
            }
        });
    }

    J get(String id) {
        J j = all.get(id);
        if (j == null) {
            throw new WorkingDir.Refused(404, "id", "no " + kind + " " + id);
        }
        return j;
    }

    Map<String, J> all() {
        return all;
    }

    void shutdown() {
        pool.shutdownNow();
    }
}
