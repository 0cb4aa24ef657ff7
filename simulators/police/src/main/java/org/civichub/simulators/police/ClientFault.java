package org.civichub.simulators.police;

/** A request the service refuses: {@code code} becomes the faultstring, {@code reason} the detail. */
final class ClientFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    ClientFault(String code, String reason) {
        super(reason);
        this.code = code;
    }

    String code() {
        return code;
    }
}
