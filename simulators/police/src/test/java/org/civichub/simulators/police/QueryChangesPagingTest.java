package org.civichub.simulators.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civichub.simulators.police.PoliceFixtures.Expected;
import org.civichub.simulators.police.SoapHttp.Page;
import org.civichub.simulators.police.SoapHttp.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryChangesPagingTest {

    private static final List<List<String>> PERSONS = PoliceFixtures.persons(800);
    private static final List<List<String>> FLOATINGS = PoliceFixtures.floatings(434);
    private static final List<Expected> EXPECTED = PoliceFixtures.expectedOrder(PERSONS, FLOATINGS);

    @TempDir
    static Path dir;
    private static PoliceSimulator simulator;

    @BeforeAll
    static void start() throws Exception {
        PoliceFixtures.writeDataset(dir, PERSONS, FLOATINGS);
        simulator = PoliceSimulator.start(PoliceSimulatorSettings.load(dir));
        simulator.setClockToEnd();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void pagesThroughAllRowsReturningEachOnceInServiceOrder() throws Exception {
        List<Page> pages = SoapHttp.queryAll(simulator.soapUrl(), null, 500);

        assertThat(pages).extracting(p -> p.records().size()).containsExactly(500, 500, 234);
        assertThat(pages).extracting(Page::nextPageToken).last().isNull();
        assertThat(pages.subList(0, 2)).allSatisfy(p -> assertThat(p.nextPageToken()).isNotBlank());
        assertThat(pages).extracting(Page::clock).containsOnly(PoliceFixtures.time((800 - 1) / 3));
        assertMatches(SoapHttp.records(pages), EXPECTED);
    }

    @Test
    void theJaxWsDispatchClientGetsTheSameRecords() throws Exception {
        SoapDispatch client = new SoapDispatch(simulator.wsdlUrl());
        List<Record> records = new ArrayList<>();
        Page page = client.query(null, null, 300);
        records.addAll(page.records());
        while (page.nextPageToken() != null) {
            page = client.query(null, page.nextPageToken(), 300);
            records.addAll(page.records());
        }

        assertMatches(records, EXPECTED);
    }

    @Test
    void servesPageSizesAbove500As500() throws Exception {
        assertThat(SoapHttp.query(simulator.soapUrl(), null, null, 10_000).records()).hasSize(500);
    }

    @Test
    void excludesRowsUpdatedAtOrBeforeSince() throws Exception {
        String since = PoliceFixtures.time(100);

        List<Record> records = SoapHttp.records(SoapHttp.queryAll(simulator.soapUrl(), since, 500));

        List<Expected> later = EXPECTED.stream().filter(e -> e.updatedAt().compareTo(since) > 0).toList();
        assertThat(later).hasSizeLessThan(EXPECTED.size());
        assertMatches(records, later);
    }

    @Test
    void servesFromTheBeginningWhenSinceIsEmpty() throws Exception {
        Page page = SoapHttp.query(simulator.soapUrl(), "", null, 5);

        assertThat(page.records()).extracting(Record::key)
                .containsExactlyElementsOf(EXPECTED.subList(0, 5).stream().map(Expected::key).toList());
    }

    @Test
    void answersAnEmptyLastPageWithTheClockWhenNothingIsNewer() throws Exception {
        Page page = SoapHttp.query(simulator.soapUrl(), PoliceFixtures.time(10_000), null, 10);

        assertThat(page.records()).isEmpty();
        assertThat(page.nextPageToken()).isNull();
        assertThat(page.clock()).isEqualTo(PoliceFixtures.time(266));
    }

    private static void assertMatches(List<Record> records, List<Expected> expected) {
        assertThat(records).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            Record got = records.get(i);
            assertThat(List.of(got.type(), got.key(), got.updatedAt())).as("record %d", i)
                    .containsExactly(want.type(), want.key(), want.updatedAt());
            assertThat(List.copyOf(got.fields().keySet())).isEqualTo(want.columns());
            assertThat(List.copyOf(got.fields().values())).isEqualTo(want.values());
        }
    }
}
