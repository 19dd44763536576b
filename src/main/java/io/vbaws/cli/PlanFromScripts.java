package io.vbaws.cli;

import io.vbaws.apply.DeclarationPlanner;
import io.vbaws.dsl.PolicyScripts;
import io.vbaws.declaration.Declarations;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.ScriptErrors;
import io.vbaws.plan.Plan;
import io.vbaws.plan.PlanOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * From scripts to a plan: compile the scripts, then plan them against the live appliance
 * ({@link DeclarationPlanner}, which runbooks use too). Script and resolution errors escape as
 * {@link io.vbaws.declaration.ScriptErrors}, planning refusals as {@link io.vbaws.plan.PlanException}.
 */
final class PlanFromScripts {

    /** A plan, the digest of the scripts it came from, and the warnings the scripts drew. */
    record Result(Plan plan, String scriptsDigest, List<ScriptError> warnings) {
    }

    /**
     * Evaluates the scripts while {@code connecting} opens the appliance (starting the built-in one
     * takes about as long as evaluating) and, once it is open, the planner reads what every plan
     * reads; then plans. The caller owns the connection.
     */
    Result make(CompletableFuture<ApplianceConnection> connecting, PolicyScripts scripts, List<Path> files, PlanOptions options) {
        CompletableFuture<DeclarationPlanner> reading = connecting.thenApply(connection -> new DeclarationPlanner(connection.client()));
        try {
            Declarations declarations;
            try {
                declarations = scripts.load(files);
            } catch (ScriptErrors failure) {
                throw NamesBesideErrors.withNames(failure, untouched -> join(reading).inventory(untouched), files);
            }
            DeclarationPlanner.Planned planned = join(reading).plan(declarations, options);
            return new Result(planned.plan(), digest(files), planned.warnings());
        } finally {
            reading.thenAccept(DeclarationPlanner::close);
        }
    }

    /** Opens the connection of {@code spec} on another thread. */
    static CompletableFuture<ApplianceConnection> connectInBackground(picocli.CommandLine.Model.CommandSpec spec) {
        return CompletableFuture.supplyAsync(() -> Main.connect(spec));
    }

    /** Closes the connection once it is open, whether or not anyone used it. */
    static void closeWhenOpen(CompletableFuture<ApplianceConnection> connecting) {
        connecting.whenComplete((connection, failure) -> {
            if (connection != null) {
                connection.close();
            }
        }).exceptionally(failure -> null).join();
    }

    /** The value of a future, with the exception that ended it as it was thrown. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** SHA-256 over each script's path and content, in argument order. */
    static String digest(List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(file.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
