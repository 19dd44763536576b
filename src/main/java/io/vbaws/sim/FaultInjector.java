package io.vbaws.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Injects faults into {@code /api} requests: the random faults of a {@link FaultSpec} (dice seeded,
 * so a sequential test sees the same faults every run) and targeted {@link FaultRule}s for "the
 * next N requests like this". A matching rule takes precedence over the dice; latency applies to
 * every request. Also reachable over HTTP at {@code /sim/faults}.
 */
public final class FaultInjector {
    /** What to do to one request: wait, then perhaps fail, drop or lose the answer. */
    record Decision(long delayMillis, FaultAction action, int status) {
        static final Decision NONE = new Decision(0, null, 0);
    }

    private final long applianceSeed;
    private FaultSpec spec = FaultSpec.NONE;
    private String specText = "";
    private SplittableRandom dice;
    private final List<FaultRule> rules = new ArrayList<>();
    private final List<Integer> remaining = new ArrayList<>();

    FaultInjector(String spec, long applianceSeed) {
        this.applianceSeed = applianceSeed;
        configure(spec);
    }

    /** Replaces the random faults with those of {@code spec} (null or blank: none) and re-seeds the dice. */
    public synchronized void configure(String spec) {
        FaultSpec parsed = FaultSpec.parse(spec);
        this.spec = parsed;
        this.specText = spec == null ? "" : spec.trim();
        this.dice = new SplittableRandom(parsed.seed() == null ? applianceSeed : parsed.seed());
    }

    public synchronized FaultSpec spec() {
        return spec;
    }

    /** The SPEC text of the random faults in force ("" for none). */
    public synchronized String specText() {
        return specText;
    }

    /** The next {@code times} requests matching method and path answer {@code status} unprocessed. */
    public void failNext(int times, String method, String path, int status) {
        add(new FaultRule(method, path, times, FaultAction.FAIL, status));
    }

    /** The next {@code times} requests matching method and path lose their connection before processing. */
    public void dropNext(int times, String method, String path) {
        add(new FaultRule(method, path, times, FaultAction.DROP, 0));
    }

    /** The next {@code times} requests matching method and path are processed, then lose their connection unanswered. */
    public void loseAnswerOfNext(int times, String method, String path) {
        add(new FaultRule(method, path, times, FaultAction.LOSE_ANSWER, 0));
    }

    public synchronized void add(FaultRule rule) {
        rules.add(rule);
        remaining.add(rule.times());
    }

    /** The targeted rules still armed, each with how many more requests it applies to as {@code times}. */
    public synchronized List<FaultRule> pendingRules() {
        List<FaultRule> pending = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            FaultRule rule = rules.get(i);
            pending.add(new FaultRule(rule.method(), rule.path(), remaining.get(i), rule.action(), rule.status()));
        }
        return pending;
    }

    /** No random faults, no targeted rules. */
    public synchronized void clear() {
        rules.clear();
        remaining.clear();
        configure(null);
    }

    /** The lifetime of new access tokens: the spec's tokenTtl, or {@code fallback}. */
    synchronized Duration accessTokenTtl(Duration fallback) {
        return spec.tokenTtl() == null ? fallback : spec.tokenTtl();
    }

    synchronized Decision decide(String method, String template, String path) {
        long delay = spec.latency().toMillis();
        if (!spec.jitterMax().isZero()) {
            long min = spec.jitterMin().toMillis();
            long max = spec.jitterMax().toMillis();
            delay += max > min ? min + dice.nextLong(max - min + 1) : min;
        }
        Iterator<FaultRule> it = rules.iterator();
        for (int i = 0; it.hasNext(); i++) {
            FaultRule rule = it.next();
            if (rule.matches(method, template, path)) {
                int left = remaining.get(i) - 1;
                if (left == 0) {
                    it.remove();
                    remaining.remove(i);
                } else {
                    remaining.set(i, left);
                }
                return new Decision(delay, rule.action(), rule.status());
            }
        }
        double chance = spec.drop() + spec.error503() + spec.error504();
        if (chance > 0) {
            double draw = dice.nextDouble();
            if (draw < spec.drop()) {
                return new Decision(delay, FaultAction.DROP, 0);
            }
            if (draw < spec.drop() + spec.error503()) {
                return new Decision(delay, FaultAction.FAIL, 503);
            }
            if (draw < chance) {
                return new Decision(delay, FaultAction.FAIL, 504);
            }
        }
        return delay == 0 ? Decision.NONE : new Decision(delay, null, 0);
    }

    /** A path under {@code /api/v1}: the prefix added when missing, a trailing slash dropped. */
    static String apiPath(String path) {
        String p = path.trim();
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return p.startsWith("/api/") ? p : "/api/v1" + p;
    }
}
