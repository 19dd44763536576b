package io.vbaws.plan;

import io.vbaws.api.model.ApiValues;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.text.TerminalText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as a person reads it, in the manner of {@code terraform plan}: a block per change headed by
 * its mark, the policy's name and where the scripts declare it; each field in the script's words as
 * {@code word: before -> after}, in names; unchanged fields folded into a count; the unmanaged and
 * protected policies on a line each; the costs when given; and the summary line last. Every name
 * passes through {@link TerminalText}. ANSI colour only when asked for.
 */
public final class TextPlanRenderer {
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String RED = "\u001B[31m";
    private static final String CYAN = "\u001B[36m";
    private static final String DIM = "\u001B[2m";

    /** Names listed on one line before the rest are counted. */
    private static final int LISTED_NAMES = 10;

    /** Lists longer than this on one line are shown an item per line. */
    private static final int INLINE_WIDTH = 72;

    private final boolean colour;

    /** @param colour whether to write ANSI colour (the caller decides from NO_COLOR, --no-color, the terminal) */
    public TextPlanRenderer(boolean colour) {
        this.colour = colour;
    }

    /** The plan without costs. */
    public String render(Plan plan) {
        return render(plan, PlanCosts.NONE);
    }

    /** The plan, with a cost section when {@code costs} has any. */
    public String render(Plan plan, PlanCosts costs) {
        List<String> lines = new ArrayList<>();
        if (!plan.changes().isEmpty()) {
            List<String> legend = new ArrayList<>();
            for (ChangeAction action : ChangeAction.values()) {
                legend.add(mark(action) + " " + action.word());
            }
            lines.add("vbaws will perform these actions (" + String.join(", ", legend) + "):");
            for (PolicyChange change : plan.changes()) {
                lines.add("");
                change(change, lines);
            }
            lines.add("");
        }
        if (!plan.unmanaged().isEmpty()) {
            int n = plan.unmanaged().size();
            lines.add(n + " unmanaged " + (n == 1 ? "policy" : "policies") + ", left alone: " + names(plan.unmanaged()));
        }
        if (!plan.protectedFromPrune().isEmpty()) {
            Map<ProtectRule, List<String>> byRule = new LinkedHashMap<>();
            plan.protectedFromPrune().forEach(p -> byRule.computeIfAbsent(p.rule(), r -> new ArrayList<>()).add(p.policy()));
            byRule.forEach((rule, policies) -> lines.add("Protected, not deleted: " + names(policies) + " (protect "
                    + TerminalText.quoted(rule.pattern()) + " " + rule.declaredAt() + ")"));
        }
        if (!plan.unmanaged().isEmpty() || !plan.protectedFromPrune().isEmpty()) {
            lines.add("");
        }
        if (!costs.isEmpty() && !plan.changes().isEmpty()) {
            costs(CostSummary.of(plan, costs), lines);
            lines.add("");
        }
        lines.add(plan.summary().line());
        return String.join("\n", lines) + "\n";
    }

    /** Names on one line, terminal-safe; a long list ends with how many more there are. */
    private static String names(List<String> names) {
        List<String> shown = names.stream().limit(LISTED_NAMES).map(TerminalText::printable).toList();
        String list = String.join(", ", shown);
        return names.size() > LISTED_NAMES ? list + " and " + (names.size() - LISTED_NAMES) + " more (--json lists all)" : list;
    }

    private void change(PolicyChange change, List<String> lines) {
        String where = change.declaredAt() == null ? "(in no script)" : change.declaredAt().toString();
        lines.add("  " + mark(change.action()) + " " + paint(BOLD, TerminalText.printable(change.policy())) + "  " + verb(change) + "  "
                + paint(DIM, where));
        switch (change.action()) {
            case CREATE -> change.fields().forEach(field -> created(field, lines));
            case UPDATE -> {
                change.fields().forEach(field -> updated(field, lines));
                if (change.unchangedFields() > 0) {
                    lines.add("        " + paint(DIM, "(" + change.unchangedFields() + " unchanged "
                            + (change.unchangedFields() == 1 ? "field" : "fields") + " hidden)"));
                }
            }
            default -> {
                // enable, disable, reorder and delete say everything in their heading
            }
        }
    }

    private String verb(PolicyChange change) {
        return switch (change.action()) {
            case CREATE -> "will be created";
            case UPDATE -> "will be updated in place";
            case DELETE -> "will be deleted";
            case ENABLE -> "will be enabled";
            case DISABLE -> change.onExistingPolicy() ? "will be disabled" : "will be disabled once created";
            case REORDER -> {
                PriorityMove move = change.priorityMove();
                String moves = move.from() == null ? "will take priority " + move.to()
                        : "will move from priority " + move.from() + " to " + move.to();
                yield change.reason() == null ? moves : moves + ": " + TerminalText.printable(change.reason());
            }
        };
    }

    private String mark(ChangeAction action) {
        String colour = switch (action) {
            case CREATE, ENABLE -> GREEN;
            case UPDATE -> YELLOW;
            case DELETE, DISABLE -> RED;
            case REORDER -> CYAN;
        };
        return paint(colour, action.mark());
    }

    private void created(FieldChange field, List<String> lines) {
        String plus = paint(GREEN, "+");
        String word = TerminalText.printable(field.word());
        if (field.after() instanceof List<?> items && !fitsInline(word, items)) {
            lines.add("      " + plus + " " + word + ": " + count(items.size()));
            items.forEach(item -> lines.add("          " + plus + " " + text(item)));
        } else {
            String value = field.path().equals("backupType") ? selection(field.after()) : text(field.after());
            lines.add("      " + plus + " " + word + ": " + value
                    + (field.applianceDefault() ? "  " + paint(DIM, "(appliance default)") : ""));
        }
    }

    /** The resource selection in a script's terms: no include means all resources. */
    private static String selection(Object backupType) {
        if (ApiValues.BackupType.ALL_ITEMS.equals(backupType)) {
            return "all resources";
        }
        return ApiValues.BackupType.SELECTED_ITEMS.equals(backupType) ? "selected resources" : text(backupType);
    }

    private void updated(FieldChange field, List<String> lines) {
        String tilde = paint(YELLOW, "~");
        String word = TerminalText.printable(field.word());
        if (field.after() == null && field.before() != null) {
            // Cleared with none: the setting goes, as in Terraform's "- attribute".
            lines.add("      " + paint(RED, "-") + " " + word + ": " + text(field.before()));
            return;
        }
        if (field.before() instanceof List<?> was && field.after() instanceof List<?> will
                && !(fitsInline(word, was) && fitsInline(word, will))) {
            lines.add("      " + tilde + " " + word + ": " + count(was.size()) + " -> " + count(will.size()));
            List<?> added = minus(will, was);
            List<?> removed = minus(was, will);
            added.forEach(item -> lines.add("          " + paint(GREEN, "+") + " " + text(item)));
            removed.forEach(item -> lines.add("          " + paint(RED, "-") + " " + text(item)));
            int kept = will.size() - added.size();
            if (kept > 0) {
                lines.add("          " + paint(DIM, "(" + kept + " unchanged " + (kept == 1 ? "item" : "items") + " hidden)"));
            }
        } else if (field.path().equals("backupType")) {
            lines.add("      " + tilde + " " + word + ": " + selection(field.before()) + " -> " + selection(field.after()));
        } else {
            lines.add("      " + tilde + " " + word + ": " + text(field.before()) + " -> " + text(field.after()));
        }
    }

    private void costs(CostSummary summary, List<String> lines) {
        List<String[]> table = new ArrayList<>();
        for (CostSummary.Row row : summary.rows()) {
            table.add(new String[] {TerminalText.printable(row.policy()), money(row.before()), money(row.after()),
                    row.delta() == null ? "" : "(" + signed(row.delta()) + ")"});
        }
        table.add(new String[] {"Total", money(summary.totalBefore()), money(summary.totalAfter()),
                "(" + signed(summary.totalDelta()) + ")"});
        int[] width = new int[4];
        for (String[] cells : table) {
            for (int i = 0; i < cells.length; i++) {
                width[i] = Math.max(width[i], cells[i].length());
            }
        }
        lines.add("Estimated monthly cost in " + PlanCosts.CURRENCY + " (before -> after):");
        for (int r = 0; r < table.size(); r++) {
            String[] cells = table.get(r);
            String line = "  " + pad(cells[0], width[0]) + "  " + padLeft(cells[1], width[1]) + " -> "
                    + padLeft(cells[2], width[2]) + "  " + cells[3];
            if (r == table.size() - 1 && !summary.unknown().isEmpty()) {
                line += ", not counting " + TerminalText.printable(String.join(", ", summary.unknown())) + " (unknown)";
            }
            lines.add(line.stripTrailing());
        }
    }

    /** Items of {@code from} that {@code other} lacks, counting repeats (names may repeat). */
    private static List<?> minus(List<?> from, List<?> other) {
        Map<Object, Integer> left = new HashMap<>();
        other.forEach(item -> left.merge(item, 1, Integer::sum));
        List<Object> missing = new ArrayList<>();
        for (Object item : from) {
            Integer n = left.get(item);
            if (n == null || n == 0) {
                missing.add(item);
            } else {
                left.put(item, n - 1);
            }
        }
        return missing;
    }

    private static boolean fitsInline(String path, List<?> items) {
        return path.length() + text(items).length() <= INLINE_WIDTH;
    }

    private static String count(int n) {
        return n + (n == 1 ? " item" : " items");
    }

    /** A value as the plan shows it: strings quoted, lists in brackets, absence as (none). */
    static String text(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof String s) {
            return TerminalText.quoted(s);
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(text(item)));
            return "[" + String.join(", ", items) + "]";
        }
        return value.toString();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "unknown" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + PlanCosts.CURRENCY;
    }

    private static String signed(BigDecimal amount) {
        String text = money(amount);
        return amount.signum() >= 0 ? "+" + text : text;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private String paint(String style, String text) {
        return colour ? style + text + RESET : text;
    }
}
