package org.civichub.rest.internal.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users of the API, from the configuration {@value #PID} (see {@link UserEntries} for its
 * format). Without that configuration there are no users and every request is refused with 401:
 * a safe state, and one that an operator can see, where a missing API would only be a closed port.
 * Users are replaced in place when the configuration changes, so the server keeps running.
 */
@Component(service = UserDirectory.class, configurationPid = UserDirectory.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class UserDirectory {

    /** The configuration PID of the users. */
    public static final String PID = "org.civichub.rest.users";

    private static final Logger LOG = LoggerFactory.getLogger(UserDirectory.class);

    private final AtomicReference<Verifier> verifier = new AtomicReference<>();
    private final AtomicReference<List<ApiClient>> clients = new AtomicReference<>(List.of());

    @Activate
    public UserDirectory(Map<String, Object> properties) {
        update(properties);
    }

    @Modified
    void update(Map<String, Object> properties) {
        UserEntries entries = UserEntries.parse(properties);
        entries.problems().forEach(p -> LOG.error("{}: {}", PID, p));
        if (entries.users().isEmpty()) {
            LOG.warn("{}: no users are configured, every API request will be refused", PID);
        } else {
            LOG.info("{}: {} user(s) configured", PID, entries.users().size());
        }
        verifier.set(new Verifier(entries.users()));
        clients.set(entries.clients());
        if (!entries.clients().isEmpty()) {
            LOG.info("{}: department clients {}", PID, entries.clients().stream().map(ApiClient::department).toList());
        }
    }

    /** The department client with this API key, or empty when no client has it. */
    public Optional<Caller> authenticateKey(String key) {
        return clients.get().stream().filter(c -> c.matches(key)).findFirst().map(ApiClient::caller);
    }

    /** The caller with these credentials, or empty when the user is unknown or the password wrong. */
    public Optional<Caller> authenticate(String user, String password) {
        return verifier.get().verify(user, password).map(User::caller);
    }
}
