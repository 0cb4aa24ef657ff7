package org.civichub.pipeline.internal;

import org.civichub.store.ConnectorStateStore;
import org.civichub.store.LinkStore;
import org.civichub.store.RawRecords;
import org.civichub.store.ResidentStore;
import org.civichub.store.ResolverKeys;
import org.civichub.store.elasticsearch.ElasticsearchStores;

/** The stores the intake reads, besides the writer it writes through. */
record HubStores(ResidentStore residents, ConnectorStateStore states, LinkStore links, ResolverKeys keys,
                 RawRecords raw) {

    static HubStores of(MemoryStore store) {
        return new HubStores(store, store, store, store, store);
    }

    static HubStores of(ElasticsearchStores stores) {
        return new HubStores(stores.residentStore(), stores.connectorStateStore(), stores.linkStore(),
                stores.resolverKeys(), stores.rawRecords());
    }
}
