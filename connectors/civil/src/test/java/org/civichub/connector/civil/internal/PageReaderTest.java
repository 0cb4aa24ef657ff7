package org.civichub.connector.civil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageReaderTest {

    private static PageReader.Page read(String json) throws PageReader.NotAPageException {
        return PageReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsEveryFieldAsSentInOrderWithNumbersAndBooleansAsTheirJsonText() throws Exception {
        PageReader.Page page = read("""
                {"items":[{"idCard":" 11010119800101123x ","monthlyAmount":1200.50,"careLevel":2,"big":1e3,
                           "livingAlone":true,"endDate":null,"name":"王\\u3000五","address":"北京, \\"幸福\\"小区"}],
                 "nextCursor":"djEK"}""");

        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item).containsExactly(
                    java.util.Map.entry("idCard", " 11010119800101123x "),
                    java.util.Map.entry("monthlyAmount", "1200.50"),
                    java.util.Map.entry("careLevel", "2"),
                    java.util.Map.entry("big", "1e3"),
                    java.util.Map.entry("livingAlone", "true"),
                    java.util.Map.entry("endDate", ""),
                    java.util.Map.entry("name", "王\u3000五"),
                    java.util.Map.entry("address", "北京, \"幸福\"小区"));
        });
        assertThat(page.nextCursor()).isEqualTo("djEK");
    }

    @Test
    void aNullNextCursorIsTheLastPageAndOtherMembersAreIgnored() throws Exception {
        PageReader.Page page = read("{\"total\":{\"n\":[1,2]},\"items\":[],\"nextCursor\":null,\"x\":[]}");

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[]                                                 | the body is not a JSON object",
            "{\"nextCursor\":null}                              | it has no \"items\" array",
            "{\"items\":{},\"nextCursor\":null}                 | \"items\" is not an array",
            "{\"items\":[1],\"nextCursor\":null}                | item 1 is not an object",
            "{\"items\":[{},{\"a\":{\"b\":1}}],\"nextCursor\":null} | field \"a\" of item 2 is not a string, number, boolean or null",
            "{\"items\":[{\"a\":[1]}],\"nextCursor\":null}      | field \"a\" of item 1 is not a string",
            "{\"items\":[]}                                     | it has no \"nextCursor\" member",
            "{\"items\":[],\"next\":\"abc\"}                    | it has no \"nextCursor\" member",
            "{\"items\":[],\"nextCursor\":7}                    | \"nextCursor\" is neither a non-empty string nor null",
            "{\"items\":[],\"nextCursor\":\" \"}                | \"nextCursor\" is neither a non-empty string nor null",
            "{\"items\":[],\"nextCursor\":null} {}              | there is more after the JSON object",
            "{\"items\":[{\"a\":\"1\",\"a\":\"2\"}],\"nextCursor\":null} | it is not valid JSON: Duplicate field 'a'",
            "{\"items\":[{\"a\":\"1\"}                          | it is not valid JSON",
            "<html>Bad gateway</html>                           | it is not valid JSON",
            "''                                                 | the body is not a JSON object"})
    void refusesAnythingButAPageOfTheContract(String json, String why) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(PageReader.NotAPageException.class)
                .hasMessageStartingWith(why);
    }
}
