package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import org.civichub.rest.WebContent;

/**
 * Serves one {@link WebContent}'s files: {@code index.html} for the root and for any path that
 * names no file (a page of a single-page app), each file with its type, a content security policy
 * that lets a page load and call nothing but this origin, and caching that keeps hashed assets and
 * never keeps the page. Paths with {@code ..} or dot-files are 404.
 */
@Path("/")
public final class WebContentResource {

    static final String INDEX = "index.html";
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2", "woff", "font/woff",
            "json", "application/json", "ttf", "font/ttf");

    private final WebContent content;

    public WebContentResource(WebContent content) {
        this.content = content;
    }

    @GET
    public Response index() {
        return serve(INDEX);
    }

    @GET
    @Path("{path: .+}")
    public Response file(@PathParam("path") String path) {
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return notFound();
            }
        }
        Optional<URL> file = content.file(path);
        if (file.isPresent()) {
            return serve(path, file.get());
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? notFound() : serve(INDEX);
    }

    private Response serve(String path) {
        return content.file(path).map(url -> serve(path, url)).orElseGet(WebContentResource::notFound);
    }

    private static Response serve(String path, URL url) {
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        boolean page = INDEX.equals(path) || "html".equals(extension);
        return Response.ok(bytes, TYPES.getOrDefault(extension, "application/octet-stream"))
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", page ? "no-store" : path.startsWith("assets/")
                        ? "public, max-age=31536000, immutable" : "no-cache")
                .build();
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type("text/plain; charset=UTF-8").entity("not found").build();
    }
}
