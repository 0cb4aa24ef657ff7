package org.civichub.feeds;

import java.util.List;
import java.util.function.Predicate;
import org.civichub.model.Resident;
import org.civichub.store.Outbox;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The departments' entitlements and feeds. A feed is ordered and replayable: it follows the outbox,
 * and any cursor it gave reads on from the same place again.
 */
@ProviderType
public interface Feeds {

    /**
     * A cursor at the end of every feed now: a department that starts to read from now on, rather
     * than from the oldest event, reads on from it.
     */
    String head();

    /** The entitlements in force. */
    Entitlements entitlements();

    /**
     * Up to {@code limit} events of the department's feed after {@code cursor} ({@code null}: from the
     * start): the changes of residents {@code visible} admits that are a kind of change the department
     * is entitled to, each with its entitled fields only.
     *
     * @throws IllegalArgumentException for a department without entitlements or a cursor this hub did not give
     */
    FeedPage read(String department, String cursor, int limit, Predicate<Resident> visible);

    /**
     * The departments whose feed carries this event of the resident (as the resident is now), in name
     * order, whatever their scope: those entitled to a kind of change it is.
     */
    List<String> recipients(Outbox.Entry entry, Resident now);
}
