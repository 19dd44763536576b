package io.vbaws.runbook;

import io.vbaws.api.model.SlaPolicy;
import io.vbaws.query.QueryFunctions;
import io.vbaws.query.QueryResult;
import java.util.Map;

/**
 * One policy as a runbook sees it ({@code vbaws.policy("prod-web")}): its name, state and the SLA
 * questions about it, and the writes {@link #enable()}, {@link #disable()} and
 * {@link #priority(int)}. A write that would change nothing is not made; the facade keeps the
 * state its own writes left (in a dry run too), so the same script makes the same writes either way.
 */
public final class RunbookPolicy {
    private final String name;
    private final String id;
    private final QueryFunctions queries;
    private final PolicyWrites writes;
    private final PolicyState state;

    RunbookPolicy(SlaPolicy policy, QueryFunctions queries, PolicyWrites writes, PolicyState state) {
        this.name = policy.name();
        this.id = policy.id();
        this.queries = queries;
        this.writes = writes;
        this.state = state;
        state.seen(policy);
    }

    public String getName() {
        return name;
    }

    public String getId() {
        return id;
    }

    /** Whether the policy is enabled, as the appliance said or as this run's writes left it. */
    public boolean isEnabled() {
        return state.enabled(id);
    }

    public Integer getPriority() {
        return state.priority(id);
    }

    /** Enables the policy (no write when it is enabled already); returns it, for chaining. */
    public RunbookPolicy enable() {
        return switchTo(true);
    }

    /** Disables the policy (no write when it is disabled already). */
    public RunbookPolicy disable() {
        return switchTo(false);
    }

    /** Moves the policy to priority {@code n} (1 is first); the others keep their order around it. */
    public RunbookPolicy priority(int n) {
        Integer now = state.priority(id);
        if (now == null || now != n) {
            writes.priority(name, n);
            state.refresh(id);
        }
        return this;
    }

    public QueryResult report() {
        return queries.report(id);
    }

    public QueryResult cost() {
        return queries.cost(id);
    }

    public QueryResult instances(Map<String, ?> options) {
        return queries.instances(options, id);
    }

    public QueryResult instances() {
        return instances(Map.of());
    }

    public QueryResult periods(Map<String, ?> options) {
        return queries.periods(options, id);
    }

    public QueryResult periods() {
        return periods(Map.of());
    }

    public QueryResult regions() {
        return queries.regions(id);
    }

    /** The policy as a row, so results and policies mix in one list. */
    public Map<String, Object> toRow() {
        return io.vbaws.query.Row.of("name", name).and("isEnabled", isEnabled()).and("priority", getPriority())
                .and("id", id).map();
    }

    @Override
    public String toString() {
        return name;
    }

    private RunbookPolicy switchTo(boolean enabled) {
        if (state.enabled(id) != enabled) {
            writes.enabled(name, id, state.usn(id), enabled);
            state.switched(id, enabled);
        }
        return this;
    }
}
