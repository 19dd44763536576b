package io.vbaws.dsl;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The word table: every word of every DSL block, what it takes (for messages), and the call of its
 * context class it stands for. A script reaches Java only through this table; there is no lookup
 * by name of any other method, and no reflection.
 */
final class DslWords {

    /** One word of a block: its name, what it takes in the DSL's words, and what it does. */
    record Word(String name, String takes, BiConsumer<Object, WordArguments> action) {
    }

    private static final Map<DslBlock, Map<String, Word>> TABLE = table();

    /** The bare words that are values rather than calls. */
    static final Map<String, Object> VALUES = Map.of("system", VolumeGroup.SYSTEM, "none", Cleared.NONE);

    private DslWords() {
    }

    /** The word {@code name} of {@code block}, or null. */
    static Word word(DslBlock block, String name) {
        return TABLE.getOrDefault(block, Map.of()).get(name);
    }

    /** The words of {@code block}, sorted. */
    static List<String> words(DslBlock block) {
        return List.copyOf(new TreeSet<>(TABLE.getOrDefault(block, Map.of()).keySet()));
    }

    /** Whether any block has the word {@code name}. */
    static boolean isWord(String name) {
        return TABLE.values().stream().anyMatch(words -> words.containsKey(name));
    }

    /** The blocks that have the word {@code name}, in the table's order. */
    static List<DslBlock> blocksWith(String name) {
        return TABLE.entrySet().stream().filter(e -> e.getValue().containsKey(name)).map(Map.Entry::getKey).toList();
    }

    /** The block a word opens when it takes a block: {@code snapshots} opens SNAPSHOTS; else null. */
    static DslBlock opens(String name) {
        return switch (name) {
            case "slaPolicy", "defaults" -> DslBlock.POLICY;
            case "snapshots" -> DslBlock.SNAPSHOTS;
            case "windows", "linux" -> DslBlock.GUEST;
            case "replicas" -> DslBlock.REPLICAS;
            default -> null;
        };
    }

    /** Every word of every block. */
    static Set<String> all() {
        Set<String> all = new TreeSet<>();
        TABLE.values().forEach(words -> all.addAll(words.keySet()));
        return all;
    }

    private static Map<DslBlock, Map<String, Word>> table() {
        Map<DslBlock, Map<String, Word>> table = new EnumMap<>(DslBlock.class);
        table.put(DslBlock.SCRIPT, script());
        table.put(DslBlock.POLICY, policy());
        table.put(DslBlock.SNAPSHOTS, snapshots());
        table.put(DslBlock.GUEST, guest());
        table.put(DslBlock.REPLICAS, replicas());
        return table;
    }

    private static Map<String, Word> script() {
        Words<PolicyScript> w = new Words<>(PolicyScript.class);
        w.add("slaPolicy", "a name in quotes and a block: slaPolicy \"NAME\" { ... }",
                (s, a) -> s.slaPolicy(a.nameBeforeBlock(), a.blockAfterName()));
        w.add("defaults", "a block: defaults { ... }", (s, a) -> s.defaults(a.block()));
        w.add("protect", "policy names or globs in quotes, or a list of them", (s, a) -> s.protect(a.several()));
        return w.words;
    }

    private static Map<String, Word> policy() {
        Words<PolicyContext> w = new Words<>(PolicyContext.class);
        w.add("description", "a text in quotes", (p, a) -> p.description(a.text()));
        w.add("account", "an IAM role's name in quotes", (p, a) -> p.account(a.text()));
        w.add("organization", "an organization's name in quotes, optionally with scope: and excludeMembers:",
                (p, a) -> {
                    if (a.startsNamed()) {
                        p.organization(a.namedBeforeText(), a.textAfterNamed());
                    } else {
                        p.organization(a.text());
                    }
                });
        w.add("regions", "region codes in quotes, or a list of them", (p, a) -> p.regions(a.several()));
        w.add("template", "an SLA template's name in quotes", (p, a) -> p.template(a.text()));
        w.add("storage", "a storage template's name in quotes, or none", (p, a) -> {
            if (a.isNone()) {
                p.clearStorage();
            } else {
                p.storage(a.text());
            }
        });
        w.add("include", "instances: and tags:", (p, a) -> p.include(a.named()));
        w.add("exclude", "instances:, tags:, volumes: and systemVolumes:", (p, a) -> p.exclude(a.named()));
        w.add("snapshots", "a block: snapshots { ... }", (p, a) -> p.snapshots(a.block()));
        w.add("replicas", "a block: replicas { ... }, or none", (p, a) -> {
            if (a.isNone()) {
                p.clearReplicas();
            } else {
                p.replicas(a.block());
            }
        });
        w.add("replicate", "from:, to:, role:, key: and onlyEncrypted:", (p, a) -> p.replicate(a.named()));
        w.add("retries", "a whole number", (p, a) -> p.retries(a.wholeNumber()));
        w.add("notify", "email:, enabled:, onlyMissedSla: and at:, or none", (p, a) -> {
            if (a.isNone()) {
                p.clearNotify();
            } else {
                p.notify(a.named());
            }
        });
        w.add("workers", "production:, role: and accountName:", (p, a) -> p.workers(a.named()));
        w.add("enabled", "true or false", (p, a) -> p.enabled(a.flag()));
        w.add("priority", "a whole number", (p, a) -> p.priority(a.wholeNumber()));
        w.add("protect", "true or false", (p, a) -> p.protect(a.flag()));
        return w.words;
    }

    private static Map<String, Word> snapshots() {
        Words<SnapshotContext> w = new Words<>(SnapshotContext.class);
        w.add("tags", "tags as key: \"value\", ...", (s, a) -> s.tags(a.named()));
        w.add("copyTagsFromVolume", "true or false", (s, a) -> s.copyTagsFromVolume(a.flag()));
        w.add("vss", "true or false", (s, a) -> s.vss(a.flag()));
        w.add("windows", "a block: windows { ... }", (s, a) -> s.windows(a.block()));
        w.add("linux", "a block: linux { ... }", (s, a) -> s.linux(a.block()));
        return w.words;
    }

    private static Map<String, Word> guest() {
        Words<GuestScriptContext> w = new Words<>(GuestScriptContext.class);
        w.add("enabled", "true or false", (g, a) -> g.enabled(a.flag()));
        w.add("pre", "a script's path in quotes, and optionally its arguments", (g, a) -> {
            List<String> texts = a.oneOrTwoTexts();
            if (texts.size() > 1) {
                g.pre(texts.get(0), texts.get(1));
            } else {
                g.pre(texts.get(0));
            }
        });
        w.add("preArguments", "the arguments in quotes", (g, a) -> g.preArguments(a.text()));
        w.add("post", "a script's path in quotes, and optionally its arguments", (g, a) -> {
            List<String> texts = a.oneOrTwoTexts();
            if (texts.size() > 1) {
                g.post(texts.get(0), texts.get(1));
            } else {
                g.post(texts.get(0));
            }
        });
        w.add("postArguments", "the arguments in quotes", (g, a) -> g.postArguments(a.text()));
        w.add("onlyForBackupSnapshots", "true or false", (g, a) -> g.onlyForBackupSnapshots(a.flag()));
        w.add("ignoreMissing", "true or false", (g, a) -> g.ignoreMissing(a.flag()));
        w.add("ignoreErrors", "true or false", (g, a) -> g.ignoreErrors(a.flag()));
        return w.words;
    }

    private static Map<String, Word> replicas() {
        Words<ReplicaContext> w = new Words<>(ReplicaContext.class);
        w.add("replicate", "from:, to:, role:, key: and onlyEncrypted:", (r, a) -> r.replicate(a.named()));
        w.add("tags", "tags as key: \"value\", ...", (r, a) -> r.tags(a.named()));
        w.add("copyTagsFromVolume", "true or false", (r, a) -> r.copyTagsFromVolume(a.flag()));
        return w.words;
    }

    /** Builds one block's words with its context's type, so that each action is typed. */
    private static final class Words<C> {
        private final Class<C> context;
        private final Map<String, Word> words = new LinkedHashMap<>();

        Words(Class<C> context) {
            this.context = context;
        }

        void add(String name, String takes, BiConsumer<C, WordArguments> action) {
            words.put(name, new Word(name, takes, (target, args) -> action.accept(context.cast(target), args)));
        }
    }
}
