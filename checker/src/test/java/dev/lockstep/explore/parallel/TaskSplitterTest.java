package dev.lockstep.explore.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.explore.search.Splitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Work stealing on a search tree of its own: workers that split tasks off whenever another waits
 * visit every leaf of the tree exactly once between them, however the tasks were split.
 */
class TaskSplitterTest {

    /** Tasks the workers took over all trees: more than one per tree when some were split off. */
    private static final AtomicInteger TASKS = new AtomicInteger();
    private static final int TREES = 20;

    /** The number of branches below a path: 1 to 3 down to depth 12, fixed by the path and the tree's seed. */
    private static int branches(int seed, int[] path, int depth) {
        if (depth >= 12) {
            return 0;
        }
        int h = seed;
        for (int i = 0; i < depth; i++) {
            h = h * 31 + path[i] + 7;
        }
        h ^= h >>> 13;
        h *= 0x5bd1e995;
        h ^= h >>> 15;
        return depth < 2 ? 2 + (h & 1) : 1 + Math.floorMod(h, 3);
    }

    /** A depth-first search through {@code splitter}, as the explorer's: the leaves it owns, as paths. */
    private static void search(int seed, int[] path, int depth, Splitter splitter, List<String> leaves) {
        int k = branches(seed, path, depth);
        if (k == 0) {
            if (splitter.ownsLeaf(depth)) {
                leaves.add(Arrays.toString(Arrays.copyOf(path, depth)));
            }
            return;
        }
        for (int b = 0; b < k && !splitter.exhausted(); b++) {
            if (splitter.take(depth, b)) {
                path[depth] = b;
                search(seed, path, depth + 1, splitter, leaves);
            }
        }
    }

    @RepeatedTest(TREES)
    void workersVisitEveryLeafOnce(RepetitionInfo info) throws InterruptedException {
        int seed = info.getCurrentRepetition();
        List<String> expected = new ArrayList<>();
        search(seed, new int[16], 0, Splitter.ALL, expected);
        WorkPool pool = new WorkPool();
        List<String> visited = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    pool.seed(1);
                    for (Task task = pool.next(); task != null; task = pool.next()) {
                        TASKS.incrementAndGet();
                        List<String> mine = new ArrayList<>();
                        search(seed, new int[16], 0, new TaskSplitter(task, pool), mine);
                        visited.addAll(mine);
                        pool.done();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            workers.add(t);
        }
        start.countDown();
        for (Thread t : workers) {
            t.join();
        }
        List<String> sorted = new ArrayList<>(visited);
        Collections.sort(sorted);
        Collections.sort(expected);
        assertEquals(expected, sorted);
    }

    @AfterAll
    static void treesWereSplit() {
        assertTrue(TASKS.get() > TREES, "no tree was split into tasks: " + TASKS.get());
    }
}
