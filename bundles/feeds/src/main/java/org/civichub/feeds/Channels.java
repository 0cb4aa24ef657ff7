package org.civichub.feeds;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The departments' push channels and where each stands. */
@ProviderType
public interface Channels {

    /** Every configured push channel's status, by department. */
    List<ChannelStatus> statuses();

    default Optional<ChannelStatus> status(String department) {
        return statuses().stream().filter(s -> s.department().equals(department)).findFirst();
    }
}
