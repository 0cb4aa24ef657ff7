package org.civichub.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import java.util.stream.Collectors;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the real CivicHub assembly with its configuration pointed at the test environment: the
 * local Elasticsearch (own index prefix), the police simulator and a REST user.
 */
abstract class KarafTestSupport {

    static final String USER = "it";
    static final String PASSWORD = "it-secret";

    static Option[] hubOptions() {
        ItEnvironment env = ItEnvironment.get();
        String es = System.getProperty("civichub.es.url", "http://127.0.0.1:9200");
        String prefix = "civichub-it-" + UUID.randomUUID().toString().substring(0, 8);
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven().groupId("org.civichub").artifactId("civichub-karaf-assembly")
                            .type("zip").version(System.getProperty("civichub.version")))
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            systemTimeout(180_000),
            mavenBundle("org.hamcrest", "hamcrest", "2.1"),
            mavenBundle("org.awaitility", "awaitility", System.getProperty("awaitility.version")),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
            editConfigurationFilePut("etc/org.civichub.store.elasticsearch.cfg", "url", es),
            editConfigurationFilePut("etc/org.civichub.store.elasticsearch.cfg", "indexPrefix", prefix),
            editConfigurationFilePut("etc/org.civichub.store.elasticsearch.cfg", "refresh", "wait_for"),
            editConfigurationFilePut("etc/org.civichub.connector.police-default.cfg", "endpoint", env.police.soapUrl()),
            editConfigurationFilePut("etc/org.civichub.connector.police-default.cfg", "pollIntervalSeconds", "0"),
            editConfigurationFilePut("etc/org.civichub.rest.cfg", "port", String.valueOf(env.restPort)),
            editConfigurationFilePut("etc/org.civichub.rest.users.cfg", "user." + USER,
                    ItPasswords.entry(PASSWORD, "worker,operator", "350203")),
            editConfigurationFilePut("etc/system.properties", "civichub.it.policeRecords",
                    String.valueOf(env.policeRecords)),
            editConfigurationFilePut("etc/system.properties", "civichub.it.knownIdNumber", env.knownIdNumber),
            editConfigurationFilePut("etc/system.properties", "civichub.it.knownName",
                    env.knownName.codePoints().mapToObj(Integer::toString).collect(Collectors.joining("."))),
            editConfigurationFilePut("etc/system.properties", "civichub.it.restPort", String.valueOf(env.restPort)),
        };
    }

    static String knownName() {
        StringBuilder sb = new StringBuilder();
        for (String cp : System.getProperty("civichub.it.knownName").split("\\.")) {
            sb.appendCodePoint(Integer.parseInt(cp));
        }
        return sb.toString();
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + System.getProperty("civichub.it.restPort") + "/api/v1" + pathAndQuery))
                .header("Authorization", "Basic " + auth).timeout(Duration.ofSeconds(30)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
