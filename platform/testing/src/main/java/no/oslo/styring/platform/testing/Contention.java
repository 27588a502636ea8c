package no.oslo.styring.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Many callers of one resource at the same moment, for the concurrency tests: each reads what it needs first (its
 * ETag, the frame it edits), then all write together, released by one barrier once every one of them has read.
 */
public final class Contention {

    /** How long a whole contest may take before the test fails instead of hanging. */
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private Contention() {
    }

    /**
     * Runs {@code callers} callers on as many threads. Caller {@code i} runs {@code read.apply(i)} (its read), waits
     * until all have read, then runs the write that read returned. Returns each caller's result, in caller order.
     */
    public static <T> List<T> atOnce(int callers, IntFunction<Supplier<T>> read) {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CyclicBarrier together = new CyclicBarrier(callers);
            List<CompletableFuture<T>> all = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int caller = i;
                all.add(CompletableFuture.supplyAsync(() -> {
                    Supplier<T> write = read.apply(caller);
                    try {
                        together.await(LIMIT.toSeconds(), TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the callers were not all ready to write", e);
                    }
                    return write.get();
                }, pool));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            return all.stream().map(CompletableFuture::join).toList();
        } catch (Exception e) {
            throw new IllegalStateException("the contest did not end", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs {@code editors} read-modify-write editors on {@code threads} threads, each until its change is accepted:
     * {@code attempt.apply(i)} reads, changes and writes once, and answers the write's status; 412 means someone wrote
     * in between, so the editor reads again. Returns how many attempts each editor needed.
     */
    public static List<Integer> untilAccepted(int editors, int threads, IntFunction<Integer> attempt) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<Integer>> all = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                int editor = i;
                all.add(CompletableFuture.supplyAsync(() -> {
                    for (int tries = 1; tries <= 1_000; tries++) {
                        int status = attempt.apply(editor);
                        if (status != 412) {
                            if (status / 100 != 2) {
                                throw new IllegalStateException("editor " + editor + " got " + status);
                            }
                            return tries;
                        }
                    }
                    throw new IllegalStateException("editor " + editor + " never got its change in");
                }, pool));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            return all.stream().map(CompletableFuture::join).toList();
        } catch (Exception e) {
            throw new IllegalStateException("the editors did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
