package org.civichub.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.civichub.rest.PasswordHash;
import org.civichub.store.Scope;
import org.junit.jupiter.api.Test;

class UserEntriesTest {

    private static final String HASH = PasswordHash.create("pw".toCharArray(), PasswordHash.MIN_ITERATIONS).toString();

    @Test
    void aUserHasAHashRolesAndAScope() {
        UserEntries e = UserEntries.parse(Map.of(
                "user.wang", HASH + ";roles=worker, id-full;scope=350203,350203006004",
                "service.pid", "org.civichub.rest.users"));

        assertThat(e.problems()).isEmpty();
        User wang = e.users().get("wang");
        assertThat(wang.roles()).containsExactlyInAnyOrder(Role.WORKER, Role.ID_FULL);
        assertThat(wang.scope()).isEqualTo(new Scope(Set.of("350203", "350203006004")));
        assertThat(wang.passwordHash().matches("pw".toCharArray())).isTrue();
    }

    @Test
    void aGridWorkersScopeIsAGridOfTheGridFileKeptApartFromThePrefixes() {
        UserEntries e = UserEntries.parse(Map.of("user.lin", HASH + ";roles=worker;scope=350203006004-1, 350203007"));

        assertThat(e.problems()).isEmpty();
        User lin = e.users().get("lin");
        assertThat(lin.grids()).containsExactly("350203006004-1");
        assertThat(lin.scope()).isEqualTo(new Scope(Set.of("350203007")));
        assertThat(lin.caller().grids()).containsExactly("350203006004-1");
        assertThat(UserEntries.parse(Map.of("user.x", HASH + ";scope=350203-1")).users()).as("no grid of a district")
                .doesNotContainKey("x");
    }

    @Test
    void aUserWithoutRolesOrScopeMayDoNothingAndSeesNoOne() {
        User u = UserEntries.parse(Map.of("user.x", HASH)).users().get("x");

        assertThat(u.roles()).isEmpty();
        assertThat(u.scope().covers("350203006004")).isFalse();
    }

    @Test
    void aPlainTextPasswordLeavesTheUserOutWithoutQuotingIt() {
        UserEntries e = UserEntries.parse(Map.of("user.demo", "demo;roles=worker", "user.ok", HASH));

        assertThat(e.users()).containsOnlyKeys("ok");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p).contains("user 'demo' is ignored", "plain text passwords are refused");
            assertThat(p).doesNotContain("demo;");
        });
    }

    @Test
    void unknownRolesAttributesAndBadScopesLeaveTheUserOut() {
        UserEntries e = UserEntries.parse(Map.of(
                "user.a", HASH + ";roles=admin",
                "user.b", HASH + ";colour=blue",
                "user.c", HASH + ";scope=35-02",
                "user.d e", HASH));

        assertThat(e.users()).isEmpty();
        assertThat(e.problems()).hasSize(4).anySatisfy(p -> assertThat(p).contains("unknown role 'admin'"));
    }

    @Test
    void aDepartmentClientIsItsKeysSha256AndAScopeAndMatchesOnlyThatKey() {
        UserEntries e = UserEntries.parse(Map.of("client.police",
                "sha256$" + ApiClient.sha256("k-police") + ";scope=350203", "user.x", HASH));

        assertThat(e.clients()).singleElement().satisfies(c -> {
            assertThat(c.department()).isEqualTo("police");
            assertThat(c.matches("k-police")).isTrue();
            assertThat(c.matches("k-police ")).isFalse();
            assertThat(c.caller().department()).isEqualTo("police");
            assertThat(c.caller().has(Role.DEPARTMENT)).isTrue();
            assertThat(c.caller().has(Role.WORKER)).isFalse();
            assertThat(c.caller().scope().covers("350203006004")).isTrue();
        });
        assertThat(e.users()).containsOnlyKeys("x");
    }

    @Test
    void aClientWithAPlainKeyOrAnUnknownAttributeAndAUserCallingItselfADepartmentAreLeftOut() {
        UserEntries e = UserEntries.parse(Map.of("client.police", "demo-police",
                "client.Health", "sha256$" + ApiClient.sha256("k") + ";scope=350203",
                "client.civil", "sha256$" + ApiClient.sha256("k") + ";roles=operator",
                "user.sneaky", HASH + ";roles=department"));

        assertThat(e.clients()).isEmpty();
        assertThat(e.users()).isEmpty();
        assertThat(e.problems()).hasSize(4).noneMatch(p -> p.contains("demo-police"));
    }
}
