package org.civichub.simulators.police;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.xml.transform.Source;

import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceProvider;

import org.civichub.simulators.common.Clock;
import org.civichub.simulators.common.Inbox;
import org.w3c.dom.Element;

/**
 * The operations behind {@code wsdl/police.wsdl} (payload mode, no generated code), told apart by the
 * payload's root element; any other root element is the client fault {@code INVALID_REQUEST}.
 * <ul>
 * <li>{@code queryChanges}: each call is counted; a call the {@link BusyPolicy} picks gets the
 *     {@code SERVICE_BUSY} fault before anything else happens, so retrying it gets the page it would
 *     have got. A first page's bound is the {@link Clock} at that moment; following pages take theirs
 *     from the token.</li>
 * <li>{@code notify}: keeps the delivered event in the {@link Inbox} by its id (a repeat is counted and
 *     answered {@code duplicate} true). While the inbox is not accepting, the department is down: the
 *     {@code SERVICE_UNAVAILABLE} fault, nothing kept. Neither counted as a request nor ever busy.</li>
 * </ul>
 */
@WebServiceProvider(serviceName = "PoliceService", portName = "PolicePort",
        targetNamespace = PoliceContract.NAMESPACE, wsdlLocation = PoliceContract.WSDL_RESOURCE)
@ServiceMode(Service.Mode.PAYLOAD)
public final class PoliceService implements Provider<Source> {

    private record BusyState(BusyPolicy policy, AtomicLong calls) {
    }

    private final ChangeFeed feed;
    private final Clock clock;
    private final Inbox inbox;
    private final long retryAfterMillis;
    private final AtomicReference<BusyState> busy = new AtomicReference<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong busyAnswers = new AtomicLong();

    PoliceService(ChangeFeed feed, Clock clock, Inbox inbox, BusyPolicy busyPolicy, long retryAfterMillis) {
        this.feed = feed;
        this.clock = clock;
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.retryAfterMillis = retryAfterMillis;
        setBusyPolicy(busyPolicy);
    }

    @Override
    public Source invoke(Source request) {
        try {
            Element payload = RequestReader.payload(request);
            if (RequestReader.isOurs(payload, "queryChanges")) {
                return queryChanges(payload);
            }
            if (RequestReader.isOurs(payload, "notify")) {
                return notify(payload);
            }
            throw new ClientFault(PoliceContract.INVALID_REQUEST, "expected {" + PoliceContract.NAMESPACE
                    + "}queryChanges or {" + PoliceContract.NAMESPACE + "}notify, got {" + payload.getNamespaceURI()
                    + "}" + payload.getLocalName());
        } catch (ClientFault e) {
            throw Faults.client(e);
        }
    }

    private Source queryChanges(Element payload) {
        requests.incrementAndGet();
        BusyState state = busy.get();
        if (state.policy().isBusy(state.calls().incrementAndGet())) {
            busyAnswers.incrementAndGet();
            throw Faults.serviceBusy(retryAfterMillis);
        }
        QueryChanges query = RequestReader.read(payload);
        Page page = query.pageToken() == null
                ? feed.first(query.since(), clock.now(), query.pageSize())
                : feed.next(PageToken.decode(query.pageToken()), query.pageSize());
        return ResponseWriter.write(page);
    }

    private Source notify(Element payload) {
        if (!inbox.accepting()) {
            throw Faults.serviceUnavailable("the police department is down and kept nothing: deliver the event again later");
        }
        Notification notification = NotifyReader.read(payload);
        boolean fresh = inbox.add(notification.id(), notification.sequence(), Instant.now(), notification.event());
        return ResponseWriter.writeNotify(!fresh);
    }

    void setBusyPolicy(BusyPolicy policy) {
        busy.set(new BusyState(Objects.requireNonNull(policy, "policy"), new AtomicLong()));
    }

    long requestCount() {
        return requests.get();
    }

    long busyCount() {
        return busyAnswers.get();
    }

    Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("requests", requestCount());
        status.put("busyAnswers", busyCount());
        status.put("busyPolicy", busy.get().policy().toString());
        return status;
    }
}
