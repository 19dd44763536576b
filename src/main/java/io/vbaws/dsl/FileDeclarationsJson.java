package io.vbaws.dsl;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vbaws.declaration.AccountIdentity;
import io.vbaws.declaration.IdentityDeclaration;
import io.vbaws.declaration.OrganizationIdentity;
import java.io.IOException;

/**
 * {@link FileDeclarations} as JSON data and back, for the script cache: the declaration records
 * field by field (their components, never derived getters such as {@code isProtected}), the
 * identity tagged by kind. Reading is strict: a field it does not know fails, and the entry is a miss.
 */
final class FileDeclarationsJson {

    /** Tags which identity an {@link IdentityDeclaration} is. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = AccountIdentity.class, name = "account"),
        @JsonSubTypes.Type(value = OrganizationIdentity.class, name = "organization")})
    private interface IdentityKinds {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .addMixIn(IdentityDeclaration.class, IdentityKinds.class)
            .build();

    /**
     * A cache entry's body: its format, the build that wrote it, the file name, the SHA-256 of the
     * file's text, and what the file declared.
     */
    record Entry(int format, String build, String file, String source, FileDeclarations declarations) {
    }

    /** The entry as JSON bytes. */
    byte[] writeEntry(Entry entry) throws JsonProcessingException {
        return mapper.writeValueAsBytes(entry);
    }

    /** The entry JSON bytes hold; an {@link IOException} when they hold anything else. */
    Entry readEntry(byte[] json) throws IOException {
        return mapper.readValue(json, Entry.class);
    }
}
