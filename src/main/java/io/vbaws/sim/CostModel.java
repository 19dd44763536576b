package io.vbaws.sim;

import io.vbaws.api.model.CostEstimate;
import io.vbaws.api.model.DailySchedule;
import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.InstanceCost;
import io.vbaws.api.model.MonthlySchedule;
import io.vbaws.api.model.Retention;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SlaSchedule;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.WeeklySchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The estimated monthly cost of protecting instances, deterministic and documented in
 * docs/simulated-appliance.md. Per instance, with G = GB of its protected volumes and P = restore
 * points a schedule keeps: snapshots G x 0.05 x (1 + 0.03 (P-1)); replicas the same plus traffic
 * G x 0.1 x runs/month x 0.02; backups G x storage price x (1 + 0.05 (P-1)); archives
 * G x archive price x P; transactions volumes x runs/month x 0.005 USD. Each figure is rounded to
 * cents; totals are the sums of the rounded figures.
 */
final class CostModel {
    static final double SNAPSHOT_PRICE = 0.05;
    static final double SNAPSHOT_CHANGE = 0.03;
    static final double BACKUP_CHANGE = 0.05;
    static final double REPLICA_CHANGE_SHARE = 0.1;
    static final double TRANSFER_PRICE = 0.02;
    static final double REQUEST_PRICE = 0.005;

    private final Estate estate;

    CostModel(Estate estate) {
        this.estate = estate;
    }

    CostEstimate estimate(SlaPolicySpec spec, BitSet instances) {
        SlaTemplate template = spec.slaTemplateId() == null ? null : estate.slaTemplate(spec.slaTemplateId());
        EstateCore.Storage storage = spec.storageTemplateId() == null ? null : estate.storagePrices(spec.storageTemplateId());
        List<InstanceCost> costs = new ArrayList<>();
        for (int i = instances.nextSetBit(0); i >= 0; i = instances.nextSetBit(i + 1)) {
            costs.add(instanceCost(spec, template, storage, estate.instance(i)));
        }
        costs.sort(Comparator.comparing(InstanceCost::instanceName).thenComparing(InstanceCost::instanceId));
        return new CostEstimate(costs, costs.isEmpty(),
                sum(costs, InstanceCost::snapshotCost), sum(costs, InstanceCost::replicaCost), sum(costs, InstanceCost::backupCost),
                sum(costs, InstanceCost::backupCopyCost), sum(costs, InstanceCost::trafficCost),
                sum(costs, InstanceCost::transactionCost), sum(costs, InstanceCost::totalCost));
    }

    private InstanceCost instanceCost(SlaPolicySpec spec, SlaTemplate template, EstateCore.Storage storage,
                                      EstateInstance instance) {
        List<EbsVolume> volumes = SessionLogs.protectedVolumes(spec, instance);
        double gb = volumes.stream().mapToDouble(EbsVolume::sizeGigabytes).sum();
        double snapshot = 0;
        double replica = 0;
        double backup = 0;
        double archive = 0;
        double traffic = 0;
        double runs = 0;
        if (template != null) {
            for (BackupKind kind : BackupKind.values()) {
                SlaSchedule schedule = kind.schedule(template);
                if (schedule == null || !kind.appliesTo(spec, estate, instance)) {
                    continue;
                }
                double points = retainedPoints(schedule);
                double monthly = runsPerMonth(schedule);
                runs += monthly;
                if (points <= 0) {
                    continue;
                }
                switch (kind) {
                    case SNAPSHOT -> snapshot = gb * SNAPSHOT_PRICE * (1 + SNAPSHOT_CHANGE * (points - 1));
                    case REPLICA -> {
                        replica = gb * SNAPSHOT_PRICE * (1 + SNAPSHOT_CHANGE * (points - 1));
                        traffic = gb * REPLICA_CHANGE_SHARE * monthly * TRANSFER_PRICE;
                    }
                    case BACKUP -> backup = storage == null ? 0 : gb * storage.backupPricePerGb() * (1 + BACKUP_CHANGE * (points - 1));
                    case ARCHIVE -> archive = storage == null ? 0 : gb * storage.archivePricePerGb() * points;
                }
            }
        }
        BigDecimal snapshotCost = cents(snapshot);
        BigDecimal replicaCost = cents(replica);
        BigDecimal backupCost = cents(backup);
        BigDecimal archiveCost = cents(archive);
        BigDecimal trafficCost = cents(traffic);
        BigDecimal transactionCost = cents(volumes.size() * runs * REQUEST_PRICE);
        BigDecimal total = snapshotCost.add(replicaCost).add(backupCost).add(archiveCost).add(trafficCost).add(transactionCost);
        return new InstanceCost(instance.id(), instance.name(), snapshotCost, replicaCost, backupCost, archiveCost, trafficCost,
                transactionCost, total);
    }

    /** How many restore points a schedule keeps at a time. */
    static double retainedPoints(SlaSchedule schedule) {
        double points = 0;
        DailySchedule daily = schedule.daily();
        if (daily != null) {
            points += kept(daily.retention(), runsPerDay(daily));
        }
        WeeklySchedule weekly = schedule.weekly();
        if (weekly != null && weekly.days() != null) {
            points += kept(weekly.retention(), weekly.days().size() / 7.0);
        }
        MonthlySchedule monthly = schedule.monthly();
        if (monthly != null) {
            points += kept(monthly.retention(), monthsShare(monthly) / 30.4);
        }
        return points;
    }

    /** How many times a schedule runs in a month of 30 days. */
    static double runsPerMonth(SlaSchedule schedule) {
        double runs = 0;
        if (schedule.daily() != null) {
            runs += runsPerDay(schedule.daily()) * 30;
        }
        if (schedule.weekly() != null && schedule.weekly().days() != null) {
            runs += schedule.weekly().days().size() * 30 / 7.0;
        }
        if (schedule.monthly() != null) {
            runs += monthsShare(schedule.monthly());
        }
        return runs;
    }

    private static double runsPerDay(DailySchedule daily) {
        if (daily.hours() == null) {
            return 0;
        }
        long hours = daily.hours().stream().filter(Boolean.TRUE::equals).count();
        int perHour = daily.runsPerHour() == null ? 1 : Math.max(1, daily.runsPerHour());
        String kind = daily.kind() == null ? "" : daily.kind().toLowerCase(Locale.ROOT);
        double days = kind.equals("weekdays") || kind.equals("workdays") ? 5 / 7.0
                : daily.days() != null && !daily.days().isEmpty() && !kind.equals("everyday") ? daily.days().size() / 7.0 : 1.0;
        return hours * perHour * days;
    }

    private static double monthsShare(MonthlySchedule monthly) {
        return monthly.months() == null || monthly.months().isEmpty() ? 1.0 : monthly.months().size() / 12.0;
    }

    /** Points kept under a retention, given how many points a day the schedule makes. */
    private static double kept(Retention retention, double perDay) {
        if (retention == null || retention.count() == null) {
            return perDay;
        }
        String type = retention.type() == null ? "Days" : retention.type();
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "points" -> retention.count();
            case "months" -> perDay * retention.count() * 30.4;
            case "years" -> perDay * retention.count() * 365;
            default -> perDay * retention.count();
        };
    }

    private static BigDecimal cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<InstanceCost> costs, java.util.function.Function<InstanceCost, BigDecimal> field) {
        return costs.stream().map(field).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
