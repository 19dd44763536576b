package io.vbaws.cli;

import io.vbaws.dsl.DiskScriptCache;
import io.vbaws.dsl.PolicyScripts;
import io.vbaws.dsl.ScriptCache;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The policy scripts of a command line: what each file declares is kept under
 * {@code $VBAWS_HOME/cache} for this build of vbaws, unless {@code --no-cache} says otherwise.
 */
final class CachedScripts {

    private CachedScripts() {
    }

    /** Scripts evaluated through the cache of the command line's home, or through none. */
    static PolicyScripts of(CommandSpec spec) {
        if (Main.globalOptions(spec).noCache()) {
            return new PolicyScripts(ScriptCache.none());
        }
        VbawsHome home = VbawsHome.from(Main.environment(spec));
        return new PolicyScripts(new DiskScriptCache(home.scriptCache(), home.cacheKey(), VersionInfo.build()));
    }
}
