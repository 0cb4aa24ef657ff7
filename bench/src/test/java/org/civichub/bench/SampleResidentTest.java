package org.civichub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleResidentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSampleIsASeededRandomChoiceInTheScopeWithOnlyTheSearchFields() throws Exception {
        JsonNode body = JSON.readTree(SampleResident.sampleQuery("350203", 2000, 7));

        assertThat(body.path("size").asInt()).isEqualTo(2000);
        assertThat(body.path("_source").toString())
                .isEqualTo("[\"name\",\"namePinyin\",\"nameInitials\",\"idNumber\",\"addressText\",\"tags\"]");
        assertThat(body.at("/query/function_score/query/term/divisions").asText()).isEqualTo("350203");
        assertThat(body.at("/query/function_score/random_score/seed").asLong()).isEqualTo(7);
        assertThat(body.at("/query/function_score/random_score/field").asText()).isEqualTo("_seq_no");
    }

    @Test
    void aResidentIsReadFromItsSource() throws Exception {
        SampleResident r = SampleResident.of(JSON.readTree("{\"name\":\"陈香\",\"namePinyin\":\"chenxiang\","
                + "\"nameInitials\":\"cx\",\"idNumber\":\"350203195911155365\","
                + "\"addressText\":[\"思明区西林路154号21-1-503\"],\"tags\":\"floating\"}"));

        assertThat(r).isEqualTo(new SampleResident("陈香", "chenxiang", "cx", "350203195911155365",
                List.of("思明区西林路154号21-1-503"), List.of("floating")));
        assertThat(SampleResident.of(JSON.readTree("{\"name\":\"\"}")))
                .isEqualTo(new SampleResident(null, null, null, null, List.of(), List.of()));
    }
}
