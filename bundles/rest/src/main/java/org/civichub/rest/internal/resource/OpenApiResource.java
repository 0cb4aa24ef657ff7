package org.civichub.rest.internal.resource;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code /openapi.json}: the OpenAPI document, generated once from the resource classes. */
@Path("openapi.json")
public final class OpenApiResource {

    private final String document;

    public OpenApiResource(String basePath, List<Class<?>> resources) {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("CivicHub API").version("v1")
                        .description("Resident data hub: search, connectors, quarantine"))
                .servers(List.of(new Server().url(basePath)));
        Set<Class<?>> classes = new LinkedHashSet<>(resources);
        OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(base)).read(classes);
        try {
            document = Json.pretty(api);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return document;
    }
}
