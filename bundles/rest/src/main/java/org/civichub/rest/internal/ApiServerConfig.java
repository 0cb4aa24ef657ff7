package org.civichub.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the API server, PID {@value #PID}. The defaults declared here are the only defaults. */
@ObjectClassDefinition(name = "CivicHub REST API",
        description = "Where the hub's HTTP API listens (CXF's own Jetty listener, not Karaf's HTTP service)")
public @interface ApiServerConfig {

    /** The configuration PID of the API server. */
    String PID = "org.civichub.rest";

    @AttributeDefinition(description = "Interface to listen on: 127.0.0.1 for this machine only,"
            + " 0.0.0.0 for every interface (then put TLS in front: basic authentication sends passwords)")
    String host() default "127.0.0.1";

    @AttributeDefinition(min = "1", max = "65535", description = "TCP port")
    int port() default 8181;

    @AttributeDefinition(description = "Path under which the API is served")
    String basePath() default "/api/v1";

    @AttributeDefinition(min = "1", max = "720",
            description = "Minutes a browser session (the web UI's login) may stay idle before it ends")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(required = false, description = "The grid file (UTF-8 CSV: code,name,buildings) naming"
            + " districts, streets and communities and giving each community's grids; empty for civichub-grids.csv"
            + " in Karaf's etc")
    String gridFile() default "";
}
