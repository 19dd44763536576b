package io.vbaws.sim;

import io.vbaws.api.model.EbsVolume;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The seeded fate of every scheduled run, derived from (seed, policy, instance, backup kind,
 * schedule kind, scheduled time) so sessions, logs and figures can be recomputed at will and always
 * agree. Most runs succeed; about 8% of instances are reliably worse; each region has bad days (2%) on
 * which 40% of its runs fail.
 */
final class SessionOutcomes {
    static final double BASE_FAILURE = 0.006;
    static final double FLAKY_SHARE = 0.08;
    static final double FLAKY_FAILURE = 0.12;
    static final double BAD_DAY_SHARE = 0.02;
    static final double BAD_DAY_FAILURE = 0.4;
    static final double WARNING_SHARE = 0.03;

    private static final String[][] REASONS = {
        {"The request rate for ec2:CreateSnapshot was exceeded (RequestLimitExceeded)",
            "Timed out waiting for the snapshot of volume %s to complete",
            "Volume %s is in the error state and cannot be snapshotted",
            "The pre-snapshot script failed with exit code 1"},
        {"The KMS key of the target region is not accessible (KMS.AccessDeniedException)",
            "Timed out waiting for the snapshot copy of volume %s to complete",
            "The request rate for ec2:CopySnapshot was exceeded (RequestLimitExceeded)"},
        {"The worker instance failed to start (InsufficientInstanceCapacity)",
            "Lost the connection to the backup repository while processing volume %s",
            "Timed out waiting for the worker to process volume %s"},
        {"The archive repository answered SlowDown; the restore point was not archived",
            "The archive repository is not available"},
    };
    private static final String[] WARNINGS = {
        "Application-aware processing failed; a crash-consistent snapshot was taken instead",
        "The snapshot copy was retried once after a transient AWS error",
        "The backup was retried once after the worker lost its connection",
        "The archive was retried once after a transient S3 error",
    };

    private final long seed;
    private final long[] instanceKeys;
    private final boolean[] flaky;

    SessionOutcomes(Estate estate) {
        this.seed = estate.seed();
        int count = estate.instances().size();
        this.instanceKeys = new long[count];
        this.flaky = new boolean[count];
        for (EstateInstance instance : estate.instances()) {
            long key = SeededHash.of(instance.id());
            instanceKeys[instance.index()] = key;
            flaky[instance.index()] = SeededHash.unit(SeededHash.hash(seed, 0xF1A4L, key)) < FLAKY_SHARE;
        }
    }

    static long policyKey(String policyId) {
        return SeededHash.of(policyId);
    }

    /** Whether the region had a bad day on the local date of {@code at}. */
    boolean badDay(EstateRegion region, long at) {
        long day = Instant.ofEpochSecond(at).atZone(region.zone()).toLocalDate().toEpochDay();
        return SeededHash.unit(SeededHash.hash(seed, 0xBADDL, region.index(), day)) < BAD_DAY_SHARE;
    }

    Outcome of(long policyKey, EstateInstance instance, BackupKind kind, ScheduleKind schedule, long at) {
        double failure = flaky[instance.index()] ? FLAKY_FAILURE : BASE_FAILURE;
        if (badDay(instance.region(), at)) {
            failure = Math.max(failure, BAD_DAY_FAILURE);
        }
        double draw = SeededHash.unit(draw(policyKey, instance, kind, schedule, at));
        if (draw < failure) {
            return Outcome.FAILED;
        }
        return draw >= 1 - WARNING_SHARE ? Outcome.WARNING : Outcome.SUCCESS;
    }

    /** How long the run took, in seconds: grows with the instance's size and the kind of restore point. */
    long durationSeconds(long policyKey, EstateInstance instance, BackupKind kind, ScheduleKind schedule, long at,
                         Outcome outcome) {
        double gb = instance.vm().instanceSizeGigabytes();
        double base = switch (kind) {
            case SNAPSHOT -> 40 + gb / 10;
            case REPLICA -> 120 + gb / 4;
            case BACKUP -> 300 + gb * 2;
            case ARCHIVE -> 600 + gb * 3;
        };
        double jitter = 0.7 + 0.8 * SeededHash.unit(SeededHash.mix(draw(policyKey, instance, kind, schedule, at) ^ 0xD0D0L));
        long seconds = Math.max(5, Math.round(base * jitter));
        return outcome == Outcome.FAILED ? Math.max(5, seconds / 2) : seconds;
    }

    /** Why a failed run failed, naming a volume where it makes sense. */
    String failureReason(long policyKey, EstateInstance instance, BackupKind kind, ScheduleKind schedule, long at) {
        if (badDay(instance.region(), at)) {
            return "AWS answered InternalError in " + instance.region().code() + " (a service disruption in the region on "
                    + Instant.ofEpochSecond(at).atOffset(ZoneOffset.UTC).toLocalDate() + ")";
        }
        long h = SeededHash.mix(draw(policyKey, instance, kind, schedule, at) ^ 0xEEEEL);
        String[] reasons = REASONS[kind.ordinal()];
        String reason = reasons[(int) Long.remainderUnsigned(h, reasons.length)];
        EbsVolume volume = instance.volumes().get((int) Long.remainderUnsigned(h >>> 8, instance.volumes().size()));
        return reason.contains("%s") ? String.format(reason, volume.awsResourceId()) : reason;
    }

    String warning(BackupKind kind) {
        return WARNINGS[kind.ordinal()];
    }

    private long draw(long policyKey, EstateInstance instance, BackupKind kind, ScheduleKind schedule, long at) {
        return SeededHash.hash(seed, policyKey, instanceKeys[instance.index()], kind.ordinal(), schedule.ordinal(), at);
    }
}
