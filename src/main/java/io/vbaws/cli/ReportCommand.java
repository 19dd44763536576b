package io.vbaws.cli;

import io.vbaws.files.AtomicFile;
import io.vbaws.query.ComplianceReport;
import io.vbaws.query.ComplianceReports;
import io.vbaws.query.SlaQueries;
import io.vbaws.query.TimeArguments;
import io.vbaws.runbook.HtmlReport;
import io.vbaws.runbook.ReportCsv;
import io.vbaws.text.TerminalText;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vbaws report}: the compliance report as a self-contained HTML page or as CSV. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Write the SLA compliance report: per-policy compliance against target, daily trend charts on one "
                    + "axis, the instances that missed with the reason, and monthly cost.",
            "The HTML page is self-contained (no scripts, fonts or links), readable on a phone and printable.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  vbaws report --html compliance.html",
            "  vbaws report --from 7d --policy 'prod-*' --csv compliance.csv",
        })
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "WHEN", defaultValue = "30d",
            description = "Start of the period: 30d, 2w, 2026-11-01 (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--policy", paramLabel = "GLOB",
            description = "Only these policies (names or globs with * and ?); repeatable. Default: every policy.")
    List<String> policies = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Output output;

    /** Where the report goes: exactly one of the two. */
    static final class Output {
        @Option(names = "--html", paramLabel = "FILE", required = true, description = "Write the HTML page to FILE.")
        Path html;

        @Option(names = "--csv", paramLabel = "FILE", required = true, description = "Write one CSV row per policy to FILE.")
        Path csv;
    }

    @Override
    public Integer call() {
        OutputDirectory.require(output.html != null ? output.html : output.csv);
        try (ApplianceConnection connection = Main.connect(spec)) {
            ComplianceReport report = new ComplianceReports(new SlaQueries(connection.client(),
                    new TimeArguments(Clock.systemUTC()))).build(policies, from);
            Path file = output.html != null ? output.html : output.csv;
            String text = output.html != null ? new HtmlReport().render(report) : new ReportCsv().render(report);
            AtomicFile.write(file, text, "the report");
            if (!Main.globalOptions(spec).quiet()) {
                spec.commandLine().getErr().println("wrote " + TerminalText.printable(file.toString()) + ": "
                        + report.policies().size() + " policies, " + report.missed().size() + " missed session(s)");
                spec.commandLine().getErr().flush();
            }
            return ExitCode.OK;
        }
    }
}
