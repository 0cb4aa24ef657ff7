package org.civichub.pipeline.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.civichub.model.Pseudonyms;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's secret key, from the configuration {@value #PID} (key {@value #KEY}, Base64 of at least
 * 32 random bytes), published as the {@link Pseudonyms} service that derives resident and household
 * ids and audit hashes. Without that configuration, a first start writes a fresh key to
 * {@code etc/}{@value #PID}{@code .cfg} (owner-only), from where Karaf loads it; an existing file is
 * never overwritten. Every node of one hub must share the file, and losing it changes every id.
 */
// Registered by hand, so the service capability that DS would declare is declared here: without it
// Karaf's resolver refuses the pipeline, which requires the service.
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.civichub.model.Pseudonyms\"",
        uses = Pseudonyms.class)
@Component(service = {}, immediate = true, configurationPid = HubKeys.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class HubKeys {

    /** The configuration PID of the key. */
    public static final String PID = "org.civichub.keys";
    /** The configuration key holding the Base64 key. */
    public static final String KEY = "pseudonymKey";

    private static final Logger LOG = LoggerFactory.getLogger(HubKeys.class);

    private final ServiceRegistration<Pseudonyms> registration;

    @Activate
    public HubKeys(BundleContext context, Map<String, Object> properties) {
        Object key = properties.get(KEY);
        if (key == null) {
            provision(System.getProperty("karaf.etc"));
            registration = null;
            return;
        }
        registration = context.registerService(Pseudonyms.class, Pseudonyms.ofBase64(String.valueOf(key)), null);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
    }

    /** Writes a fresh key file into {@code etc}, unless one is there. */
    static void provision(String etc) {
        if (etc == null) {
            LOG.error("{}: no {} is configured and there is no etc directory to write one to; "
                    + "nothing is ingested or served until it is configured", PID, KEY);
            return;
        }
        Path file = Path.of(etc, PID + ".cfg");
        try {
            Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------"))),
                    content(), StandardCharsets.UTF_8);
            LOG.warn("{}: generated a new secret key in {}; keep a copy of it: resident ids are derived from it",
                    PID, file.getFileName());
        } catch (FileAlreadyExistsException e) {
            LOG.error("{}: {} exists but has no {}; nothing is ingested or served until it has one",
                    PID, file.getFileName(), KEY);
        } catch (IOException e) {
            LOG.error("{}: could not write {}: {}", PID, file.getFileName(), e.toString());
        }
    }

    static String content() {
        byte[] key = new byte[Pseudonyms.MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return "# The hub's secret key: resident and household ids and audit hashes are derived from it.\n"
                + "# Generated at first start. Keep a copy; share it between the nodes of one hub; never change it\n"
                + "# on a hub with data (every id would change).\n"
                + KEY + " = " + Base64.getEncoder().encodeToString(key) + "\n";
    }

    /** The Base64 key a key file holds, for tests. */
    static String keyOf(String content) {
        return content.lines().filter(l -> l.startsWith(KEY)).map(l -> l.substring(l.indexOf('=') + 1).strip())
                .findFirst().orElseThrow();
    }
}
