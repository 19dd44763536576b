package io.vbaws.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command DESIGN.md promises that is not built yet: it says so and exits 1. */
abstract class NotBuiltYet implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("vbaws " + spec.name() + ": not built yet in this version.");
        return ExitCode.ERROR;
    }
}
