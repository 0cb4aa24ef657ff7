package org.civichub.rest.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. After {@value #FREE_PER_USER} failed logins for one user name, or
 * {@value #FREE_PER_ADDRESS} from one client address, further attempts are refused without checking
 * the password, for a time that doubles with every further failure (1 s, 2 s, 4 s, ... at most
 * {@link #MAX_LOCK}). A success clears the user name's failures; failures are forgotten
 * {@link #FORGET} after the last one, so a locked user gets in again once the lock has run out.
 */
final class LoginThrottle {

    static final int FREE_PER_USER = 5;
    static final int FREE_PER_ADDRESS = 20;
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET = Duration.ofMinutes(30);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the user name or address must still wait; zero when a login may be tried now. */
    Duration wait(String user, String address) {
        Instant now = clock.instant();
        Duration u = remaining(byUser.get(user), now);
        Duration a = remaining(byAddress.get(address), now);
        return u.compareTo(a) >= 0 ? u : a;
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        prune(now);
        byUser.compute(user, (k, f) -> next(f, now, FREE_PER_USER));
        byAddress.compute(address, (k, f) -> next(f, now, FREE_PER_ADDRESS));
    }

    void succeeded(String user) {
        byUser.remove(user);
    }

    private static Failures next(Failures f, Instant now, int free) {
        int count = f == null || forgotten(f, now) ? 1 : f.count() + 1;
        Instant until = count <= free ? null : now.plus(lock(count - free));
        return new Failures(count, now, until);
    }

    /** 1 s after the first failure over the free ones, doubling, at most {@link #MAX_LOCK}. */
    static Duration lock(int over) {
        return over > 20 ? MAX_LOCK : Duration.ofSeconds(Math.min(1L << (over - 1), MAX_LOCK.toSeconds()));
    }

    private static Duration remaining(Failures f, Instant now) {
        if (f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.lockedUntil());
    }

    private static boolean forgotten(Failures f, Instant now) {
        return f.last().plus(FORGET).isBefore(now);
    }

    /** Keeps memory bounded when someone tries very many names or addresses. */
    private void prune(Instant now) {
        for (Map<String, Failures> m : java.util.List.of(byUser, byAddress)) {
            if (m.size() > MAX_TRACKED) {
                m.values().removeIf(f -> forgotten(f, now) || f.lockedUntil() == null);
            }
        }
    }
}
