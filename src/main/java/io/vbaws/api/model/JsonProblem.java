package io.vbaws.api.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.EOFException;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * What is wrong with a JSON file, in a few words and a position, for a one-line message: never
 * Jackson's own text, which names its classes and token types.
 */
public final class JsonProblem {
    private JsonProblem() {
    }

    /** "not valid JSON (line 3, column 7)", "a value of the wrong type at policies[0].usn (line 9, column 14)", and so on. */
    public static String of(IOException e) {
        if (e instanceof JsonParseException p) {
            return (p.getOriginalMessage() != null && p.getOriginalMessage().contains("end-of-input")
                    ? "it ends too early" : "not valid JSON") + at(p.getLocation());
        }
        if (e instanceof MismatchedInputException m && m.getPath().isEmpty()) {
            return "it is empty or holds no JSON object";
        }
        if (e instanceof JsonMappingException m) {
            String path = m.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
            return "a value of the wrong type at " + path + at(m.getLocation());
        }
        if (e instanceof JsonProcessingException p) {
            return "not valid JSON" + at(p.getLocation());
        }
        if (e instanceof EOFException) {
            return "it ends too early";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String at(JsonLocation where) {
        return where == null || where.getLineNr() < 1 ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }
}
