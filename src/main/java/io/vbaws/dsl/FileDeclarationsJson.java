package io.vbaws.dsl;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vbaws.declaration.AccountIdentity;
import io.vbaws.declaration.IdentityDeclaration;
import io.vbaws.declaration.OrganizationIdentity;

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

    /** The declarations as a JSON tree. */
    JsonNode write(FileDeclarations declarations) {
        return mapper.valueToTree(declarations);
    }

    /** The declarations a tree holds; {@link JsonProcessingException} when it holds anything else. */
    FileDeclarations read(JsonNode tree) throws JsonProcessingException {
        return mapper.treeToValue(tree, FileDeclarations.class);
    }

    /** The mapper for the entry around the declarations. */
    ObjectMapper mapper() {
        return mapper;
    }
}
