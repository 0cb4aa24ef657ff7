package org.civichub.cluster.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** This node's configuration, PID {@value #PID}. The defaults declared here are the only defaults. */
@ObjectClassDefinition(name = "CivicHub node", description = "This hub node among others on one store")
public @interface NodeConfig {

    /** The configuration PID of the node. */
    String PID = "org.civichub.node";

    @AttributeDefinition(required = false, description = "This node's id, unique among the nodes on one store;"
            + " empty for the host name and Karaf's instance name")
    String id() default "";

    @AttributeDefinition(min = "3", max = "300", description = "Seconds a lease lasts without renewal: a killed"
            + " node's work moves to another node after at most this long; renewed every third of it")
    int leaseSeconds() default 15;
}
