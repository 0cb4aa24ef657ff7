package org.civichub.simulators.police;

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

/**
 * The queryChanges implementation behind {@code wsdl/police.wsdl} (payload mode, no generated code).
 * Each call is counted; a call the {@link BusyPolicy} picks gets the {@code SERVICE_BUSY} fault before
 * anything else happens, so retrying it gets the page it would have got. A first page's bound is the
 * {@link Clock} at that moment; following pages take theirs from the token.
 */
@WebServiceProvider(serviceName = "PoliceService", portName = "PolicePort",
        targetNamespace = PoliceContract.NAMESPACE, wsdlLocation = PoliceContract.WSDL_RESOURCE)
@ServiceMode(Service.Mode.PAYLOAD)
public final class PoliceService implements Provider<Source> {

    private record BusyState(BusyPolicy policy, AtomicLong calls) {
    }

    private final ChangeFeed feed;
    private final Clock clock;
    private final long retryAfterMillis;
    private final AtomicReference<BusyState> busy = new AtomicReference<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong busyAnswers = new AtomicLong();

    PoliceService(ChangeFeed feed, Clock clock, BusyPolicy busyPolicy, long retryAfterMillis) {
        this.feed = feed;
        this.clock = clock;
        this.retryAfterMillis = retryAfterMillis;
        setBusyPolicy(busyPolicy);
    }

    @Override
    public Source invoke(Source request) {
        requests.incrementAndGet();
        BusyState state = busy.get();
        if (state.policy().isBusy(state.calls().incrementAndGet())) {
            busyAnswers.incrementAndGet();
            throw Faults.serviceBusy(retryAfterMillis);
        }
        try {
            QueryChanges query = RequestReader.read(request);
            Page page = query.pageToken() == null
                    ? feed.first(query.since(), clock.now(), query.pageSize())
                    : feed.next(PageToken.decode(query.pageToken()), query.pageSize());
            return ResponseWriter.write(page);
        } catch (ClientFault e) {
            throw Faults.client(e);
        }
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
