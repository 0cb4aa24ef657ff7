package org.civichub.simulators.police;

import java.nio.charset.StandardCharsets;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Makes every response, faults included, UTF-8. Without it CXF answers a request whose Content-Type
 * names no charset in ISO-8859-1, writing Chinese text as character references.
 */
final class Utf8Responses extends AbstractPhaseInterceptor<Message> {

    Utf8Responses() {
        super(Phase.SETUP);
    }

    @Override
    public void handleMessage(Message message) {
        message.put(Message.ENCODING, StandardCharsets.UTF_8.name());
    }
}
