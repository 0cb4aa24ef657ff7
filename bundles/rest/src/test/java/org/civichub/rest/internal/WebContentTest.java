package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civichub.rest.WebContent;
import org.civichub.rest.internal.TestApi.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static files served beside the API: the page, its assets, single-page routes, and nothing else. */
class WebContentTest {

    @TempDir
    Path files;

    private TestApi api;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(files.resolve("index.html"), "<!doctype html><title>社区工作台</title>", StandardCharsets.UTF_8);
        Files.createDirectories(files.resolve("assets"));
        Files.writeString(files.resolve("assets/index-abc123.js"), "console.log(1)", StandardCharsets.UTF_8);
        Files.writeString(files.resolve(".secret"), "no", StandardCharsets.UTF_8);
        api = new TestApi(List.of(new WebContent() {
            @Override
            public String path() {
                return "ui";
            }

            @Override
            public Optional<URL> file(String relativePath) {
                Path p = files.resolve(relativePath);
                try {
                    return Files.isRegularFile(p) ? Optional.of(p.toUri().toURL()) : Optional.empty();
                } catch (MalformedURLException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply get(String path) {
        return api.send(api.fromRoot(path).GET());
    }

    @Test
    void thePageIsServedWithoutCredentialsNeverCachedAndMayLoadAndCallOnlyThisOrigin() {
        Reply page = get("/ui/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("社区工作台");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void hashedAssetsAreKeptAndARouteOfTheAppIsThePage() {
        Reply js = get("/ui/assets/index-abc123.js");
        Reply route = get("/ui/residents/r123");

        assertThat(js.status()).isEqualTo(200);
        assertThat(js.contentType()).startsWith("text/javascript");
        assertThat(js.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(route.status()).isEqualTo(200);
        assertThat(route.body()).contains("社区工作台");
    }

    @Test
    void missingFilesDotFilesAndClimbingOutAreNotFoundAndTheApiStillNeedsCredentials() {
        assertThat(get("/ui/assets/missing.js").status()).isEqualTo(404);
        assertThat(get("/ui/.secret").status()).isEqualTo(404);
        assertThat(get("/ui/assets/..%2F.secret").status()).isEqualTo(404);
        assertThat(get("/ui/../api/v1/residents").status()).isIn(400, 401, 404);
        assertThat(api.get("/residents").status()).isEqualTo(401);
    }
}
