package org.civichub.rest.internal.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.civichub.feeds.ChannelStatus;

/** A department's channel: entitlements version, the feed's end now, and the push channel if any. */
public record FeedStatusView(String department, int entitlementsVersion, String head,
                             @JsonInclude(JsonInclude.Include.NON_NULL) ChannelStatus push) {
}
