package io.vbaws.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** --target and --exclude: which policies, by name glob, a command considers at all. */
final class PolicyNameFilter {

    @Option(names = "--target", paramLabel = "NAME", description = "Only consider policies whose name matches "
            + "this glob (* and ?); repeatable.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "NAME", description = "Leave out policies whose name matches this "
            + "glob; repeatable.")
    List<String> excludes = new ArrayList<>();
}
