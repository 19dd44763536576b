package io.vbaws.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a policy script writes for each field of the API's policy body, so that plans and the
 * appliance's own messages speak the DSL: {@code slaTemplateId} is {@code template},
 * {@code productionWorkersSettings.workerRoleId} is {@code workers role}.
 */
public final class DslWords {
    private static final Pattern ROUTE = Pattern.compile("replicaSettings\\.mapping\\[([^\\]]*)\\]\\.(\\w+)");
    /** An API name in a message: camelCase or dotted, possibly indexed. Plain English words are left alone. */
    private static final Pattern API_NAME = Pattern.compile("[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*|\\[[^\\]\\s]*\\])*");

    private static final Map<String, String> BY_PATH = byPath();
    private static final Map<String, String> BY_LEAF = byLeaf();

    private DslWords() {
    }

    /** The script's words for an API path; the path itself when scripts have no word for it. */
    public static String of(String path) {
        String word = pathWord(path);
        return word != null ? word : path;
    }

    /**
     * {@code message} with every API field name it mentions replaced by the script's words: the
     * appliance's {@code productionWorkersSettings.workerRoleId is required when useProductionWorkers
     * is true} reads {@code workers role is required when workers production is true}.
     */
    public static String inScriptWords(String message) {
        if (message == null) {
            return null;
        }
        Matcher names = API_NAME.matcher(message);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            String name = names.group();
            boolean apiLike = !name.equals(name.toLowerCase(java.util.Locale.ROOT)) || name.contains(".");
            String word = apiLike ? wordOf(name) : null;
            names.appendReplacement(out, Matcher.quoteReplacement(word == null ? name : word));
        }
        names.appendTail(out);
        return out.toString();
    }

    /** The words of a whole path, or of a field name the paths use once; null for any other name. */
    private static String wordOf(String name) {
        String word = pathWord(name);
        return word != null ? word : BY_LEAF.get(name);
    }

    private static String pathWord(String path) {
        String word = BY_PATH.get(path);
        if (word != null) {
            return word;
        }
        Matcher route = ROUTE.matcher(path);
        return route.matches() ? routeWord(route.group(1), route.group(2)) : null;
    }

    private static String routeWord(String source, String field) {
        String subfield = field.equals("sourceRegionId") ? "from" : null;
        for (SpecField.RouteField route : SpecField.RouteField.values()) {
            if (route.apiName().equals(field)) {
                subfield = route.dslWord();
            }
        }
        if (subfield == null) {
            subfield = field;
        }
        // The appliance numbers routes from 0; a plan names them by source region.
        if (source.chars().allMatch(Character::isDigit) && !source.isEmpty()) {
            return "replicate (route " + (Integer.parseInt(source) + 1) + ") " + subfield;
        }
        return "replicate from \"" + source + "\" " + subfield;
    }

    private static Map<String, String> byPath() {
        Map<String, String> words = new HashMap<>();
        for (SpecField field : SpecField.ALL) {
            // The protect mark shares the description's path; the path's own word is description.
            words.putIfAbsent(field.path(), field.word());
        }
        words.put("name", "slaPolicy name");
        words.put("isEnabled", "enabled");
        words.put("priority", "priority");
        words.put("selectedItems", "include");
        words.put("excludedItems", "exclude");
        words.put("excludedItems.excludedVolumes", "exclude volumes");
        words.put("snapshotSettings", "snapshots");
        words.put("snapshotSettings.snapshotScripts.windowsScripts", "snapshots windows");
        words.put("snapshotSettings.snapshotScripts.linuxScripts", "snapshots linux");
        words.put("replicaSettings", "replicas");
        words.put("retrySettings", "retries");
        words.put("notificationSettings", "notify");
        words.put("productionWorkersSettings", "workers");
        words.put("organizationSettings", "organization");
        return Map.copyOf(words);
    }

    /** Last segments of the paths that name one field only, as messages write them alone. */
    private static Map<String, String> byLeaf() {
        Map<String, String> words = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Map.Entry<String, String> entry : BY_PATH.entrySet()) {
            String leaf = entry.getKey().substring(entry.getKey().lastIndexOf('.') + 1);
            uses.merge(leaf, 1, Integer::sum);
            words.put(leaf, entry.getValue());
        }
        for (SpecField.RouteField route : SpecField.RouteField.values()) {
            uses.merge(route.apiName(), 1, Integer::sum);
            words.put(route.apiName(), "replicate " + route.dslWord());
        }
        words.put("sourceRegionId", "replicate from");
        uses.merge("sourceRegionId", 1, Integer::sum);
        uses.forEach((leaf, count) -> {
            if (count > 1) {
                words.remove(leaf);
            }
        });
        List.of("enabled", "email", "description", "name", "priority").forEach(words::remove);
        return Map.copyOf(words);
    }
}
