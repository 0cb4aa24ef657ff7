package org.civichub.connector.kit;

import java.time.Clock;
import java.time.Instant;

/**
 * Counts failed runs in a row; after {@link SyncSettings#circuitAfter()} of them, polls are
 * skipped until {@link SyncSettings#circuitOpen()} has passed, so a department that is down is not
 * hammered. The first run after that is a trial: success closes the circuit, failure opens it again.
 */
public final class Circuit {

    private final SyncSettings settings;
    private final Clock clock;
    private int failures;
    private Instant openUntil;

    public Circuit(SyncSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public synchronized boolean allowsPoll() {
        return openUntil == null || !clock.instant().isBefore(openUntil);
    }

    public synchronized boolean isOpen() {
        return !allowsPoll();
    }

    public synchronized void succeeded() {
        failures = 0;
        openUntil = null;
    }

    public synchronized void failed() {
        failures++;
        if (settings.circuitAfter() > 0 && failures >= settings.circuitAfter()) {
            openUntil = clock.instant().plus(settings.circuitOpen());
        }
    }
}
