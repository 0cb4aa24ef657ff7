package org.civichub.rest.internal.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridFileTest {

    @TempDir
    Path dir;

    @Test
    void aRuleTakesARoadARangeAHouseOrOneBuilding() {
        assertThat(BuildingRule.parse("大同路").takes("大同路123号5栋")).isTrue();
        assertThat(BuildingRule.parse("大同路").takes("大同街123号5栋")).isFalse();
        assertThat(BuildingRule.parse("大同路1-120号").takes("大同路120号")).isTrue();
        assertThat(BuildingRule.parse("大同路1-120号").takes("大同路121号5栋")).isFalse();
        assertThat(BuildingRule.parse("大同路 １２３号").takes("大同路123号2栋")).isTrue();
        assertThat(BuildingRule.parse("大同路123号5号楼").takes("大同路123号5栋")).isTrue();
        assertThat(BuildingRule.parse("大同路123号5栋").takes("大同路123号6栋")).isFalse();
        assertThat(BuildingRule.parse("大同路123号5栋").takes("大同路123号")).isFalse();
    }

    @Test
    void aBrokenRuleSaysWhatItShouldBe() {
        assertThatThrownBy(() -> BuildingRule.parse("5栋")).hasMessageContaining("大同路1-120号");
        assertThatThrownBy(() -> BuildingRule.parse("大同路120-1号")).hasMessageContaining("backwards");
        assertThatThrownBy(() -> BuildingRule.parse("大同路1-9号5栋")).hasMessageContaining("one house number");
    }

    @Test
    void theFileNamesDivisionsAndGivesEachCommunityItsGridsInOrder() {
        GridPlan plan = GridFile.parse(List.of("\uFEFFcode,name,buildings", "# 思明区", "350203,思明区,",
                "350203001001,大同社区", "", "350203001001-2,第二网格,大同路121-299号；大同街",
                "350203001001-1,第一网格,大同路1-120号、大同路123号5栋"));

        assertThat(plan.name("350203")).isEqualTo("思明区");
        assertThat(plan.name("350203001")).isEqualTo("350203001");
        assertThat(plan.grids("350203001001")).extracting(Grid::name).containsExactly("第二网格", "第一网格");
        assertThat(plan.gridOf("350203001001", "大同路7号3栋").name()).isEqualTo("第一网格");
        assertThat(plan.gridOf("350203001001", "大同路123号5栋").name()).isEqualTo("第二网格");
        assertThat(plan.gridOf("350203001001", "大同街9号").id()).isEqualTo("350203001001-2");
        assertThat(plan.gridOf("350203001001", "鹭江路9号").isUnassigned()).isTrue();
        assertThat(plan.grid("350203001001-?")).get().extracting(Grid::name).isEqualTo("未划入网格");
        assertThat(plan.grid("350203001001-9")).isEmpty();
    }

    @Test
    void aBrokenLineNamesItsLineAndWhy() {
        assertThatThrownBy(() -> GridFile.parse(List.of("350203,思明区", "3502030010,某地,")))
                .hasMessageStartingWith("line 2: ").hasMessageContaining("3502030010");
        assertThatThrownBy(() -> GridFile.parse(List.of("350203001001-1,第一网格,")))
                .hasMessageContaining("line 1: a grid needs its buildings");
        assertThatThrownBy(() -> GridFile.parse(List.of("350203001001-1,第一网格,大同路", "350203001001-1,又一个,大同街")))
                .hasMessageContaining("line 2").hasMessageContaining("twice");
        assertThatThrownBy(() -> GridFile.parse(List.of("350203,,"))).hasMessageContaining("no name");
    }

    @Test
    void aChangedFileIsReadAgainAndABrokenOneLeavesThePlanBefore() throws Exception {
        Path file = dir.resolve("grids.csv");
        GridFile grids = new GridFile(file);
        assertThat(grids.plan()).isEqualTo(GridPlan.EMPTY);

        Files.writeString(file, "350203,思明区,\n", StandardCharsets.UTF_8);
        assertThat(grids.plan().name("350203")).isEqualTo("思明区");

        Files.writeString(file, "350203,思明区,\n350203001001-1,坏网格,\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(grids.plan().name("350203")).as("the plan read before").isEqualTo("思明区");

        Files.writeString(file, "350203,思明区（新）,\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(grids.plan().name("350203")).isEqualTo("思明区（新）");
    }
}
