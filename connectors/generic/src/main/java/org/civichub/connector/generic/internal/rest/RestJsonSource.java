package org.civichub.connector.generic.internal.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civichub.connector.generic.RestJsonSettings;
import org.civichub.connector.generic.internal.RecordSpec;
import org.civichub.connector.kit.PagedSource;
import org.civichub.connector.kit.Positions;
import org.civichub.connector.kit.SourceDates;
import org.civichub.connector.kit.SourcePage;
import org.civichub.model.SourceRecord;

/**
 * A REST/JSON service as a {@link PagedSource}: a run starts from the record type's position in the
 * {@link Positions} watermark (e.g. {@code pension=2024-05-01 08:00:00}), sent as
 * {@code updatedSince}, then goes page by page with the service's cursor. Each item is a record of
 * the mapping's type, keyed by its key field, with its update-time field as sent as the version and
 * every field as received. A page's watermark is the {@link SafePosition} it allows. 429 and 503
 * ask the run to retry the same page; any other failure ends the run. A page is refused (ending the
 * run) when it holds more items than asked for, repeats the cursor asked with, or has readable
 * update times out of order, for then the watermark could skip records.
 */
public final class RestJsonSource implements PagedSource {

    private final RestClient client;
    private final JsonPageReader reader;
    private final RecordSpec spec;
    private final int pageSize;
    private final Clock clock;

    public RestJsonSource(RestJsonSettings settings, RecordSpec spec, int pageSize, Clock clock) {
        this.client = new RestClient(settings, clock);
        this.reader = new JsonPageReader(settings.itemsField(), settings.nextCursorField());
        this.spec = spec;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    @Override
    public SourcePage fetch(String watermark, String cursor) throws Exception {
        Positions stored = Positions.parse(watermark);
        RunCursor at = cursor == null ? null : RunCursor.decode(cursor);
        String position = at == null ? stored.get(spec.recordType()) : at.position();
        RestClient.Answer answer = client.get(at == null ? position : null, at == null ? null : at.apiCursor(),
                pageSize);
        JsonPageReader.Page page = read(answer);
        Instant fetchedAt = clock.instant();
        List<SourceRecord> records = page.items().stream().map(i -> spec.record(i, fetchedAt)).toList();
        checkOrder(answer, records);

        boolean last = page.nextCursor() == null;
        String advanced = SafePosition.after(position, records, last);
        String next = last ? null : new RunCursor(page.nextCursor(), advanced == null ? position : advanced).encode();
        return new SourcePage(records, next, advanced == null ? null : stored.with(spec.recordType(), advanced).toString());
    }

    private JsonPageReader.Page read(RestClient.Answer answer) throws RestAnswerException {
        if (answer.truncated()) {
            throw refused(answer, "it is larger than " + RestClient.MAX_BODY + " bytes");
        }
        JsonPageReader.Page page;
        try {
            page = reader.read(answer.body());
        } catch (JsonPageReader.NotAPageException e) {
            throw refused(answer, e.getMessage());
        }
        if (page.items().size() > answer.request().limit()) {
            throw refused(answer, "it holds " + page.items().size() + " items, more than the "
                    + answer.request().limit() + " asked for");
        }
        if (page.nextCursor() != null && page.nextCursor().equals(answer.request().cursor())) {
            throw refused(answer, "its next cursor is the cursor asked for, so paging would never end");
        }
        return page;
    }

    /** The readable update times, in the service's order, must not go back. */
    private void checkOrder(RestClient.Answer answer, List<SourceRecord> records) throws RestAnswerException {
        Instant last = null;
        for (SourceRecord r : records) {
            Optional<Instant> t = SourceDates.time(r.sourceVersion());
            if (t.isPresent()) {
                if (last != null && t.get().isBefore(last)) {
                    throw refused(answer, "its items are not in update-time order (" + r.sourceVersion() + " after "
                            + last + ")");
                }
                last = t.get();
            }
        }
    }

    private RestAnswerException refused(RestClient.Answer answer, String why) {
        return new RestAnswerException(client.scrub("the service's answer to " + answer.request().describe()
                + " is not a page of records: " + why + "; it begins: ") + client.quote(answer.body()));
    }
}
