package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakOptionsTest {

    @Test
    void readsDepartmentsWithTheirExpectedRowsInboxesAndKeys() throws UsageException {
        SoakOptions o = SoakOptions.parse(List.of("soak", "--truth", "t.csv", "--links=l.csv", "--expected", "police=10",
                "--expected", "civil=3", "--inbox", "civil=http://127.0.0.1:8083/admin/inbox", "--key", "civil=k",
                "--prefix", "p", "--settle", "5"));
        assertThat(o.truth()).isEqualTo(Path.of("t.csv"));
        assertThat(o.links()).isEqualTo(Path.of("l.csv"));
        assertThat(o.departments()).containsExactly("civil", "police");
        assertThat(o.expected()).containsEntry("police", 10L).containsEntry("civil", 3L);
        assertThat(o.inboxes()).containsEntry("civil", URI.create("http://127.0.0.1:8083/admin/inbox"));
        assertThat(o.keys()).containsEntry("civil", "k");
        assertThat(o.prefix()).isEqualTo("p");
        assertThat(o.settle()).isEqualTo(5);
        assertThat(o.api()).isEqualTo(URI.create("http://127.0.0.1:8181/api/v1"));
    }

    @Test
    void needsTheTruthTheLinksAndADepartment() {
        assertThatThrownBy(() -> SoakOptions.parse(List.of("soak", "--truth", "t.csv", "--links", "l.csv")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--expected");
    }

    @Test
    void anInboxNeedsTheDepartmentsKey() {
        assertThatThrownBy(() -> SoakOptions.parse(List.of("soak", "--truth", "t", "--links", "l", "--expected", "civil=1",
                "--inbox", "civil=http://x/admin/inbox"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("civil");
    }

    @Test
    void refusesAPairWithoutADepartmentOrANumber() {
        assertThatThrownBy(() -> SoakOptions.parse(List.of("soak", "--expected", "=5")))
                .isInstanceOf(UsageException.class).hasMessageContaining("DEPARTMENT=VALUE");
        assertThatThrownBy(() -> SoakOptions.parse(List.of("soak", "--expected", "civil=many")))
                .isInstanceOf(UsageException.class).hasMessageContaining("many");
    }
}
