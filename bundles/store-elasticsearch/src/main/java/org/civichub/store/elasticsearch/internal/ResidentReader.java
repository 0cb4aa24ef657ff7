package org.civichub.store.elasticsearch.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import org.civichub.model.Household;
import org.civichub.model.Resident;
import org.civichub.store.ResidentStore;
import org.civichub.store.elasticsearch.internal.document.HouseholdDocument;
import org.civichub.store.elasticsearch.internal.document.ResidentDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads residents and households by id with {@code _mget}, which sees every acknowledged write. */
@Component(service = ResidentStore.class)
public final class ResidentReader implements ResidentStore {

    private final Connection connection;

    @Activate
    public ResidentReader(@Reference Connection connection) {
        this.connection = connection;
    }

    @Override
    public Map<String, Resident> residents(Collection<String> ids) {
        return mget(IndexKind.RESIDENTS, ids, ResidentDocument.class, ResidentDocument::toResident);
    }

    @Override
    public Map<String, Household> households(Collection<String> ids) {
        return mget(IndexKind.HOUSEHOLDS, ids, HouseholdDocument.class, HouseholdDocument::toHousehold);
    }

    private <D, T> Map<String, T> mget(IndexKind kind, Collection<String> ids, Class<D> type, Function<D, T> toModel) {
        return Mget.read(connection, kind, ids, type, toModel);
    }
}
