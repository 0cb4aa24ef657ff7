package org.civichub.rest.internal.view;

import java.util.List;
import org.civichub.feeds.Entitlement;

/** The entitlements in force: their version and each department's, by department name. */
public record EntitlementsView(int version, List<Entitlement> departments) {

    public EntitlementsView {
        departments = List.copyOf(departments);
    }
}
