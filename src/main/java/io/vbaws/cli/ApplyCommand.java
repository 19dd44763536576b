package io.vbaws.cli;

import io.vbaws.api.model.SlaPolicy;
import io.vbaws.apply.Applier;
import io.vbaws.apply.ApplyReport;
import io.vbaws.apply.StalePlanCheck;
import io.vbaws.apply.StepOutcome;
import io.vbaws.apply.StepResult;
import io.vbaws.declaration.ScriptErrors;
import io.vbaws.plan.Plan;
import io.vbaws.plan.PolicyChange;
import io.vbaws.plan.SavedPlan;
import io.vbaws.plan.SavedPlanCodec;
import io.vbaws.plan.SavedPlanException;
import io.vbaws.plan.TextPlanRenderer;
import io.vbaws.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vbaws apply}: with scripts, plan, show the plan, ask, and carry it out; with a saved plan,
 * check that the appliance did not change since and carry it out as it was reviewed.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {
            "Change the appliance to match the scripts, or carry out a saved plan.",
            "With scripts: plans, shows the plan, asks for confirmation on a terminal (--auto-approve for CI), "
                    + "then applies it. Given a plan saved by 'plan --out', applies exactly that plan, refusing it when "
                    + "a policy it read changed on the appliance since.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  vbaws apply policies/",
            "  vbaws apply --auto-approve --target prod-web prod.groovy",
            "  vbaws plan --out prod.plan prod.groovy && vbaws apply prod.plan",
        })
final class ApplyCommand implements Callable<Integer>, CommandTimeout {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy scripts (*.groovy; a directory means every "
            + "*.groovy file below it), or one saved plan.")
    List<Path> files;

    @Mixin
    PlanScopeOptions scope;

    @Option(names = "--auto-approve", description = "Apply without asking (for CI and schedulers).")
    boolean autoApprove;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "4",
            description = "At most N requests to the appliance at a time while applying (default: ${DEFAULT-VALUE}).")
    int parallelism;

    /** Set when a saved plan turns out to be applied already: nothing to do, and no error. */
    private boolean alreadyApplied;

    /**
     * An apply stopped half-way leaves more to do than a slow one: it gets longer than a plan. One
     * that asks for confirmation has none, so that the time a person takes to answer never counts.
     */
    @Override
    public java.time.Duration timeLimit() {
        return autoApprove || System.console() == null ? java.time.Duration.ofMinutes(30) : null;
    }

    @Override
    public Integer call() {
        if (parallelism < 1) {
            throw new IllegalArgumentException("--parallelism must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean savedPlan = files.size() == 1 && !files.get(0).toString().endsWith(".groovy")
                && !java.nio.file.Files.isDirectory(files.get(0));
        SavedPlan saved = savedPlan ? readSavedPlan(files.get(0)) : null;
        List<Path> scripts = savedPlan ? files : ScriptFiles.expand(files);
        TextPlanRenderer renderer = new TextPlanRenderer(Terminal.colour(Main.globalOptions(spec)));
        CompletableFuture<ApplianceConnection> connecting = PlanFromScripts.connectInBackground(spec);
        try {
            Plan plan;
            ApplianceConnection connection;
            if (saved != null) {
                connection = PlanFromScripts.join(connecting);
                plan = freshSavedPlan(saved, connection, out, err);
                if (plan == null) {
                    return alreadyApplied ? ExitCode.OK : ExitCode.ERROR;
                }
            } else {
                PlanFromScripts.Result result = new PlanFromScripts().make(connecting, CachedScripts.of(spec), scripts, scope.toPlanOptions());
                ScriptErrorReport.warn(result.warnings(), err);
                plan = result.plan();
                connection = PlanFromScripts.join(connecting);
            }
            readyWrites(connection, plan);
            out.print(renderer.render(plan));
            // A saved plan was approved when it was saved; scripts are confirmed here.
            if (saved == null && !plan.isEmpty() && !confirmed(out, err)) {
                return ExitCode.ERROR;
            }
            out.flush();
            if (plan.isEmpty()) {
                return ExitCode.OK;
            }
            out.println();
            ApplyReport report;
            try (QueuedLines progress = new QueuedLines(out)) {
                report = new Applier(connection.client(), parallelism, result -> progress.add(progressLines(result))).apply(plan);
            }
            printReport(out, report);
            return report.succeeded() ? ExitCode.OK : ExitCode.ERROR;
        } catch (ScriptErrors failure) {
            return ScriptErrorReport.print(failure, scripts.size(), err);
        } finally {
            PlanFromScripts.closeWhenOpen(connecting);
        }
    }

    /** Readies the writes in the background while the plan is printed (and confirmed), not when the first change waits. */
    private static void readyWrites(ApplianceConnection connection, Plan plan) {
        plan.changes().stream().map(PolicyChange::body).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(body -> CompletableFuture.runAsync(() -> connection.client().readyPolicyWrites(body)));
    }

    private SavedPlan readSavedPlan(Path file) {
        try {
            return new SavedPlanCodec().read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof SavedPlanException unusable && unusable.savedPlan()) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
            throw new IllegalArgumentException(file + " is neither a policy script (*.groovy) nor a saved plan: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The saved plan, when it was made against this appliance and nothing it read has moved since;
     * else null, after saying why (or that the plan was already applied, which is no error).
     */
    private Plan freshSavedPlan(SavedPlan saved, ApplianceConnection connection, PrintWriter out, PrintWriter err) {
        if (!saved.applianceUrl().equals(connection.description())) {
            throw new IllegalArgumentException("the plan was made against " + saved.applianceUrl() + ", not "
                    + connection.description() + "; run plan against this appliance");
        }
        List<SlaPolicy> live = connection.client().allPolicies();
        StalePlanCheck check = new StalePlanCheck();
        List<String> problems = check.problems(saved, live);
        if (problems.isEmpty()) {
            return saved.plan();
        }
        if (check.alreadyApplied(saved, live)) {
            out.println("This plan was already applied: the appliance already matches it. Nothing to do.");
            out.flush();
            alreadyApplied = true;
            return null;
        }
        for (String problem : problems) {
            err.println("vbaws: " + TerminalText.printable(problem));
        }
        err.println("vbaws: the plan is stale; run plan again");
        err.flush();
        return null;
    }

    private boolean confirmed(PrintWriter out, PrintWriter err) {
        if (autoApprove) {
            return true;
        }
        if (!Terminal.interactive()) {
            err.println("vbaws: refusing to apply without confirmation: there is no terminal to ask on; review the "
                    + "plan and pass --auto-approve, or apply a saved plan (plan --out FILE, then apply FILE)");
            err.flush();
            return false;
        }
        out.flush();
        String answer = System.console().readLine("%nDo you want to apply these changes? Only 'yes' will be accepted: ");
        if (answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes")) {
            return true;
        }
        err.println("vbaws: apply cancelled; nothing was changed");
        err.flush();
        return false;
    }

    /**
     * The line of a finished change (and its warnings), printed as it finishes. Up to twice
     * --parallelism workers finish at once; each hands its lines to the printer ({@link QueuedLines}) and goes on.
     */
    static String progressLines(StepResult result) {
        String mark = switch (result.outcome()) {
            case DONE -> result.change().action().mark();
            case FAILED -> "!";
            case NOT_ATTEMPTED -> " ";
        };
        String verb = result.outcome() == StepOutcome.FAILED ? "FAILED: " : "";
        String took = result.outcome() == StepOutcome.NOT_ATTEMPTED ? "" : " [" + seconds(result.took()) + "s]";
        StringBuilder lines = new StringBuilder().append(mark).append(' ').append(TerminalText.printable(result.change().policy()))
                .append(": ").append(verb).append(TerminalText.printable(result.detail())).append(took).append(System.lineSeparator());
        for (String warning : result.warnings()) {
            lines.append("    warning from the appliance: ").append(TerminalText.printable(warning)).append(System.lineSeparator());
        }
        return lines.toString();
    }

    /** {@code took} in seconds with two decimals, rounded half up ("0.02"): what %.2f gives, without a Formatter per line. */
    static String seconds(java.time.Duration took) {
        long hundredths = (took.toNanos() + 5_000_000) / 10_000_000;
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }

    private static void printReport(PrintWriter out, ApplyReport report) {
        out.println();
        if (!report.succeeded()) {
            section(out, "Done:", report.with(StepOutcome.DONE));
            section(out, "Failed:", report.with(StepOutcome.FAILED));
            section(out, "Not attempted:", report.with(StepOutcome.NOT_ATTEMPTED));
        }
        List<StepResult> warned = report.steps().stream().filter(s -> !s.warnings().isEmpty()).toList();
        if (!warned.isEmpty()) {
            out.println("Warnings from the appliance:");
            for (StepResult s : warned) {
                s.warnings().forEach(w -> out.println("  " + TerminalText.printable(s.change().policy()) + ": "
                        + TerminalText.printable(w)));
            }
        }
        out.println(report.summaryLine());
        out.flush();
    }

    private static void section(PrintWriter out, String title, List<StepResult> steps) {
        if (steps.isEmpty()) {
            return;
        }
        out.println(title);
        for (StepResult s : steps) {
            out.println("  " + s.change().action().word() + " " + TerminalText.printable(s.change().policy())
                    + (s.outcome() == StepOutcome.DONE ? "" : ": " + TerminalText.printable(s.detail())));
        }
    }
}
