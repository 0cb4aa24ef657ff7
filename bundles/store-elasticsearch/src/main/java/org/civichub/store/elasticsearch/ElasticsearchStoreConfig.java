package org.civichub.store.elasticsearch;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration of the Elasticsearch store, PID {@value #PID}. The defaults declared here are the
 * only defaults: {@link ElasticsearchSettings#defaults()} reads them from this annotation.
 */
@ObjectClassDefinition(name = "CivicHub Elasticsearch store",
        description = "Where the hub keeps raw records, residents, households, quarantine, connector state,"
                + " change events and the audit log")
public @interface ElasticsearchStoreConfig {

    /** The configuration PID of the store component. */
    String PID = "org.civichub.store.elasticsearch";

    @AttributeDefinition(description = "Elasticsearch HTTP URL, or a comma-separated list of the nodes' URLs")
    String url() default "http://127.0.0.1:9200";

    @AttributeDefinition(description = "User for basic authentication; empty for none")
    String username() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password for basic authentication")
    String password() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD,
            description = "Encoded API key (sent as 'Authorization: ApiKey ...'); empty for none")
    String apiKey() default "";

    @AttributeDefinition(description = "First part of every index, alias and template name")
    String indexPrefix() default "civichub";

    @AttributeDefinition(description = "Primary shards of each index created by the hub")
    int numberOfShards() default 1;

    @AttributeDefinition(description = "Replicas of each index created by the hub")
    int numberOfReplicas() default 0;

    @AttributeDefinition(description = "Most documents sent in one _bulk request; larger batches are split")
    int bulkSize() default 1000;

    @AttributeDefinition(description = "Refresh after writes: 'false' in production, 'wait_for' or 'true' in tests",
            options = {
                @Option(label = "false", value = "false"),
                @Option(label = "wait_for", value = "wait_for"),
                @Option(label = "true", value = "true")})
    String refresh() default "false";
}
