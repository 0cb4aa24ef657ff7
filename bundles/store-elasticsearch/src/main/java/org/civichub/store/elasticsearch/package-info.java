/**
 * The Elasticsearch implementation of the store interfaces: configuration, settings and a way to
 * build the stores without OSGi. In OSGi the store services are registered by a component
 * configured under {@link org.civichub.store.elasticsearch.ElasticsearchStoreConfig#PID}.
 */
package org.civichub.store.elasticsearch;
