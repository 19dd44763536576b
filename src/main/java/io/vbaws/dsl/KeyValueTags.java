package io.vbaws.dsl;

import io.vbaws.api.model.KeyValueTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads {@code tags key: "value", ...} into the tags a snapshot or replica gets. */
final class KeyValueTags {

    private KeyValueTags() {
    }

    static List<KeyValueTag> read(ScriptRecorder recorder, String word, Map<String, ?> keyValues) {
        List<KeyValueTag> tags = new ArrayList<>();
        for (Map.Entry<String, ?> entry : keyValues.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String value = TextValues.tagValue(entry.getValue());
            if (value == null) {
                recorder.error(recorder.call(word), word + " " + key + ": expected a value in quotes, not "
                        + TextValues.describe(entry.getValue()));
            } else {
                tags.add(new KeyValueTag(key, value));
            }
        }
        return tags;
    }
}
