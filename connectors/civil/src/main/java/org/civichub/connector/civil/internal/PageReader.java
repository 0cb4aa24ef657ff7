package org.civichub.connector.civil.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a page of the civil-affairs contract, {@code {"items":[{...}, ...], "nextCursor": "..." | null}},
 * keeping every item field exactly as sent: a string as its value, a number or boolean as its JSON
 * text ({@code 1200.50} stays {@code 1200.50}), {@code null} as the empty string. Anything else is
 * not a page: no object, no {@code items} array, an item that is not an object, an item field that
 * is an object or an array, a field twice in one item, no {@code nextCursor} member (a page without
 * it cannot say whether it is the last), a {@code nextCursor} that is neither a non-empty string nor
 * {@code null}, or anything after the object. Other members are ignored.
 */
final class PageReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** A page as read: the items, each field to its text in the order sent, and the next cursor. */
    record Page(List<Map<String, String>> items, String nextCursor) {
    }

    /** Thrown for a body that is not a page; the message says why without quoting the body. */
    static final class NotAPageException extends Exception {
        NotAPageException(String message) {
            super(message);
        }
    }

    private PageReader() {
    }

    static Page read(byte[] body) throws NotAPageException {
        try (JsonParser p = JSON.createParser(body)) {
            expect(p.nextToken() == JsonToken.START_OBJECT, "the body is not a JSON object");
            List<Map<String, String>> items = null;
            String nextCursor = null;
            boolean cursorSeen = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                JsonToken value = p.nextToken();
                if ("items".equals(member)) {
                    items = items(p, value);
                } else if ("nextCursor".equals(member)) {
                    cursorSeen = true;
                    nextCursor = cursor(p, value);
                } else {
                    p.skipChildren();
                }
            }
            expect(items != null, "it has no \"items\" array");
            expect(cursorSeen, "it has no \"nextCursor\" member");
            expect(p.nextToken() == null, "there is more after the JSON object");
            return new Page(items, nextCursor);
        } catch (JsonProcessingException e) {
            throw new NotAPageException("it is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new NotAPageException("it cannot be read: " + e.getMessage());
        }
    }

    private static List<Map<String, String>> items(JsonParser p, JsonToken value)
            throws IOException, NotAPageException {
        expect(value == JsonToken.START_ARRAY, "\"items\" is not an array");
        List<Map<String, String>> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t == JsonToken.START_OBJECT, "item " + (items.size() + 1) + " is not an object");
            items.add(item(p, items.size() + 1));
        }
        return items;
    }

    private static Map<String, String> item(JsonParser p, int number) throws IOException, NotAPageException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            expect(t.isScalarValue(), "field \"" + name + "\" of item " + number + " is not a string, number, "
                    + "boolean or null");
            fields.put(name, t == JsonToken.VALUE_NULL ? "" : p.getText());
        }
        return fields;
    }

    private static String cursor(JsonParser p, JsonToken value) throws IOException, NotAPageException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value == JsonToken.VALUE_STRING && !p.getText().isBlank(),
                "\"nextCursor\" is neither a non-empty string nor null");
        return p.getText();
    }

    private static void expect(boolean condition, String otherwise) throws NotAPageException {
        if (!condition) {
            throw new NotAPageException(otherwise);
        }
    }
}
