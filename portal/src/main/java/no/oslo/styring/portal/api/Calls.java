package no.oslo.styring.portal.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * The calls of one page at once: each on a worker thread of its own with the request's context propagated (the
 * person's token goes with it), so that a page waits for its slowest call, not for the sum of them.
 */
@ApplicationScoped
public class Calls {

    @Inject
    ManagedExecutor executor;

    public <T> CompletableFuture<T> async(Supplier<T> call) {
        return executor.supplyAsync(call);
    }

    /** The call's answer, or the exception it ended with (a service's 403 stays a 403). */
    public static <T> T join(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
