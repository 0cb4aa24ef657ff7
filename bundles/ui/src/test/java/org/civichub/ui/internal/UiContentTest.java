package org.civichub.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bundle carries the app as Vite built it: the page, which names its hashed assets, and those. */
class UiContentTest {

    private final UiContent ui = new UiContent();

    @Test
    void thePageAndEveryAssetItNamesAreCarried() throws IOException {
        URL index = ui.file("index.html").orElseThrow();
        String page;
        try (InputStream in = index.openStream()) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(ui.path()).isEqualTo("ui");
        assertThat(page).contains("lang=\"zh-CN\"");
        var assets = java.util.regex.Pattern.compile("/ui/(assets/[^\"]+)").matcher(page);
        int found = 0;
        while (assets.find()) {
            assertThat(ui.file(assets.group(1))).as(assets.group(1)).isPresent();
            found++;
        }
        assertThat(found).as("a script at least").isPositive();
    }

    @Test
    void directoriesAndMissingFilesAreNone() {
        assertThat(ui.file("assets")).isEmpty();
        assertThat(ui.file("assets/")).isEmpty();
        assertThat(ui.file("missing.js")).isEmpty();
    }
}
