package io.vbaws.sim;

/**
 * An estate with everything that depends on it alone: scope resolution, seeded outcomes, session
 * IDs and logs, the policy operations, the cost model and the export. Rebuilt only when the state's
 * seed or size changes (a reset).
 */
record EstateModel(Estate estate, ScopeResolver scopes, SessionOutcomes outcomes, SessionIds sessionIds, PolicyBook book,
                   CostModel costs, PolicyExport export, SessionLogs logs, PolicySessions policySessions) {

    static EstateModel of(Estate estate) {
        SessionOutcomes outcomes = new SessionOutcomes(estate);
        SessionIds ids = new SessionIds(estate.seed());
        return new EstateModel(estate, new ScopeResolver(estate), outcomes, ids, new PolicyBook(estate), new CostModel(estate),
                new PolicyExport(estate), new SessionLogs(estate, outcomes), new PolicySessions(estate, outcomes, ids));
    }

    boolean fits(ApplianceState state) {
        return estate.seed() == state.seed() && estate.size().sameCounts(state.estate());
    }
}
