package org.civichub.connector.generic.internal.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a page: a JSON object holding, at the configured paths (dotted for nested objects, e.g.
 * {@code data.list}), an array of records and the next page's cursor. Every record field is kept
 * exactly as sent: a string as its value, a number or boolean as its JSON text ({@code 1200.50}
 * stays {@code 1200.50}), {@code null} as the empty string, an object or array as its compact JSON
 * text. The cursor is a non-empty string, or {@code null} or {@code ""} on the last page. Anything
 * else is not a page: no object, no items array, an item that is not an object, a field twice in
 * one item, no cursor member (a page without it cannot say whether it is the last), or anything
 * after the object. Other members are ignored.
 */
final class JsonPageReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** A page as read: the items, each field to its text in the order sent, and the next cursor. */
    record Page(List<Map<String, String>> items, String nextCursor) {
    }

    /** A body that is not a page; the message says why without quoting the body. */
    static final class NotAPageException extends Exception {
        NotAPageException(String message) {
            super(message);
        }
    }

    private final String itemsField;
    private final String cursorField;
    private final List<String> itemsPath;
    private final List<String> cursorPath;

    JsonPageReader(String itemsField, String cursorField) {
        this.itemsField = itemsField;
        this.cursorField = cursorField;
        this.itemsPath = Arrays.asList(itemsField.split("\\."));
        this.cursorPath = Arrays.asList(cursorField.split("\\."));
    }

    Page read(byte[] body) throws NotAPageException {
        try (JsonParser p = JSON.createParser(body)) {
            expect(p.nextToken() == JsonToken.START_OBJECT, "the body is not a JSON object");
            Found found = new Found();
            object(p, List.of(), found);
            expect(found.items != null, "it has no \"" + itemsField + "\" array");
            expect(found.cursorSeen, "it has no \"" + cursorField + "\" member");
            expect(p.nextToken() == null, "there is more after the JSON object");
            return new Page(found.items, found.cursor);
        } catch (JsonProcessingException e) {
            throw new NotAPageException("it is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new NotAPageException("it cannot be read: " + e.getMessage());
        }
    }

    private static final class Found {
        List<Map<String, String>> items;
        String cursor;
        boolean cursorSeen;
    }

    /** Walks an object whose start the parser is on, reading the members on the two paths. */
    private void object(JsonParser p, List<String> at, Found found) throws IOException, NotAPageException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            List<String> path = new ArrayList<>(at);
            path.add(p.currentName());
            JsonToken value = p.nextToken();
            if (path.equals(itemsPath)) {
                found.items = items(p, value);
            } else if (path.equals(cursorPath)) {
                found.cursorSeen = true;
                found.cursor = cursor(p, value);
            } else if (value == JsonToken.START_OBJECT && (startsWith(itemsPath, path) || startsWith(cursorPath, path))) {
                object(p, path, found);
            } else {
                p.skipChildren();
            }
        }
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() > prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private List<Map<String, String>> items(JsonParser p, JsonToken value) throws IOException, NotAPageException {
        expect(value == JsonToken.START_ARRAY, "\"" + itemsField + "\" is not an array");
        List<Map<String, String>> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t == JsonToken.START_OBJECT, "item " + (items.size() + 1) + " is not an object");
            items.add(item(p));
        }
        return items;
    }

    private static Map<String, String> item(JsonParser p) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                fields.put(name, "");
            } else if (t.isScalarValue()) {
                fields.put(name, p.getText());
            } else {
                StringWriter json = new StringWriter();
                try (JsonGenerator g = JSON.createGenerator(json)) {
                    g.copyCurrentStructure(p);
                }
                fields.put(name, json.toString());
            }
        }
        return fields;
    }

    private String cursor(JsonParser p, JsonToken value) throws IOException, NotAPageException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT,
                "\"" + cursorField + "\" is neither a string nor null");
        return p.getText().isBlank() ? null : p.getText();
    }

    private static void expect(boolean condition, String otherwise) throws NotAPageException {
        if (!condition) {
            throw new NotAPageException(otherwise);
        }
    }
}
