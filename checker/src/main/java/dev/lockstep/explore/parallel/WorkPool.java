package dev.lockstep.explore.parallel;

import java.util.ArrayDeque;

/**
 * The tasks waiting for a worker, shared by all workers. A worker takes a task, explores it and
 * asks for the next; while it works it splits a task off for the pool whenever {@link #hungry} says
 * that a worker waits and nothing is queued. The search is over when the queue is empty and no
 * worker is busy (a busy worker may still split off more).
 */
public final class WorkPool {
    private final ArrayDeque<Task> queue = new ArrayDeque<>();
    private boolean seeded;
    private boolean aborted;
    private int busy;
    private int waiting;
    private volatile boolean hungry;

    /** Queues the whole tree of each of {@code variants} variants, once (every worker calls this with the same count). */
    public synchronized void seed(int variants) {
        if (!seeded) {
            seeded = true;
            for (int v = 0; v < variants; v++) {
                queue.addLast(Task.root(v));
            }
            update();
            notifyAll();
        }
    }

    /** The next task for the calling worker, waiting while others may still split some off; null when the search is over. */
    public synchronized Task next() throws InterruptedException {
        while (!aborted) {
            Task t = seeded ? queue.pollFirst() : null;
            if (t != null) {
                busy++;
                update();
                return t;
            }
            if (seeded && busy == 0) {
                notifyAll();
                return null;
            }
            waiting++;
            update();
            try {
                wait();
            } finally {
                waiting--;
                update();
            }
        }
        return null;
    }

    /** The calling worker finished the task {@link #next} gave it. */
    public synchronized void done() {
        busy--;
        update();
        if (busy == 0 && queue.isEmpty()) {
            notifyAll();
        }
    }

    /** Queues a task split off by a busy worker. */
    public synchronized void give(Task t) {
        queue.addLast(t);
        update();
        notify();
    }

    /** Whether some worker waits for a task and none is queued (read without locking, on every branch). */
    public boolean hungry() {
        return hungry;
    }

    /** Ends the search for every worker (one failed). */
    public synchronized void abort() {
        aborted = true;
        notifyAll();
    }

    private void update() {
        hungry = waiting > 0 && queue.isEmpty();
    }
}
