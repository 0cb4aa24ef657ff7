package org.civichub.connector.civil.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.kit.SourceDates;
import org.civichub.connector.kit.SourcePage;
import org.civichub.model.SourceKey;
import org.civichub.model.SourceRecord;

/**
 * The civil-affairs service as a {@link PagedSource}: in one run the four streams of
 * {@link CivilStream}, one after the other, each from its own position in the {@link Positions}
 * watermark ({@code assistance=...&death=...}) and then page by page with the service's cursor. A
 * page's watermark is the positions so far with its stream's {@link StreamPosition}. Each item is
 * a {@link SourceRecord} of its stream's record type, keyed by the stream's key field, with its
 * {@code updatedAt} as sent as the version and every field as received. 429 and 503 ask the run to
 * retry the same page; any other failure ends the run.
 */
public final class CivilSource implements PagedSource {

    public static final String DEPARTMENT = "civil";

    private final CivilClient client;
    private final int pageSize;
    private final Clock clock;

    public CivilSource(CivilClient client, int pageSize, Clock clock) {
        this.client = client;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    @Override
    public SourcePage fetch(String watermark, String cursor) throws Exception {
        StreamCursor at = cursor == null ? StreamCursor.start(watermark) : StreamCursor.decode(cursor);
        CivilStream stream = at.stream();
        String position = at.positions().get(stream.recordType());
        CivilClient.Answer answer = client.get(stream.recordType(), at.apiCursor() == null ? position : null,
                at.apiCursor(), pageSize);
        PageReader.Page page = read(answer);
        Instant fetchedAt = clock.instant();
        List<SourceRecord> records = page.items().stream().map(i -> record(stream, i, fetchedAt)).toList();
        List<Instant> times = readableTimes(answer, records);

        boolean lastOfStream = page.nextCursor() == null;
        String advanced = StreamPosition.after(position, times, lastOfStream);
        Positions positions = at.positions().with(stream.recordType(), advanced);
        String next = lastOfStream
                ? stream.next().map(s -> new StreamCursor(s, null, positions).encode()).orElse(null)
                : new StreamCursor(stream, page.nextCursor(), positions).encode();
        return new SourcePage(records, next, advanced == null ? null : positions.toString());
    }

    /** The page in the answer, checked against the request. */
    private PageReader.Page read(CivilClient.Answer answer) throws CivilAnswerException {
        CivilClient.Request request = answer.request();
        if (answer.truncated()) {
            throw refused(answer, "it is larger than " + CivilClient.MAX_BODY + " bytes");
        }
        PageReader.Page page;
        try {
            page = PageReader.read(answer.body());
        } catch (PageReader.NotAPageException e) {
            throw refused(answer, e.getMessage());
        }
        if (page.items().size() > request.limit()) {
            throw refused(answer, "it holds " + page.items().size() + " items, more than the " + request.limit()
                    + " asked for");
        }
        if (page.nextCursor() != null && page.nextCursor().equals(request.cursor())) {
            throw refused(answer, "its nextCursor is the cursor asked for, so paging would never end");
        }
        return page;
    }

    /** The readable update times in the service's order, which must not go back. */
    private List<Instant> readableTimes(CivilClient.Answer answer, List<SourceRecord> records)
            throws CivilAnswerException {
        List<Instant> times = new ArrayList<>();
        for (SourceRecord r : records) {
            Optional<Instant> t = SourceDates.time(r.sourceVersion());
            if (t.isPresent()) {
                if (!times.isEmpty() && t.get().isBefore(times.get(times.size() - 1))) {
                    throw refused(answer, "its items are not in update-time order (" + r.sourceVersion()
                            + " after " + times.get(times.size() - 1) + ")");
                }
                times.add(t.get());
            }
        }
        return times;
    }

    private CivilAnswerException refused(CivilClient.Answer answer, String why) {
        return new CivilAnswerException(client.scrub("the civil-affairs service's answer to "
                + answer.request().describe() + " is not a page of records: " + why + "; it begins: ")
                + client.quote(answer.body()));
    }

    static SourceRecord record(CivilStream stream, Map<String, String> item, Instant fetchedAt) {
        String version = item.getOrDefault(CivilStream.UPDATED_AT, "");
        SourceKey key = new SourceKey(DEPARTMENT, stream.recordType(), item.getOrDefault(stream.keyField(), ""));
        return new SourceRecord(key, version, SourceDates.time(version).orElse(Instant.EPOCH), fetchedAt, item);
    }
}
