package org.civichub.simulators.police;

import java.net.URL;

import javax.xml.namespace.QName;

/**
 * The names of the police service contract, {@code wsdl/police.wsdl} on the class path: SOAP 1.1
 * document/literal, namespace {@value #NAMESPACE}, service {@code PoliceService}, port
 * {@code PolicePort}, operations {@code queryChanges} (the hub reads changes) and {@code notify} (the hub
 * delivers one event), endpoint path {@value #PATH}.
 */
public final class PoliceContract {

    public static final String NAMESPACE = "urn:civichub:police:v1";
    public static final QName SERVICE = new QName(NAMESPACE, "PoliceService");
    public static final QName PORT = new QName(NAMESPACE, "PolicePort");
    public static final QName QUERY_CHANGES = new QName(NAMESPACE, "queryChanges");
    public static final QName QUERY_CHANGES_RESPONSE = new QName(NAMESPACE, "queryChangesResponse");
    /** The SOAPAction of queryChanges. */
    public static final String SOAP_ACTION = "urn:civichub:police:v1:queryChanges";
    public static final QName NOTIFY = new QName(NAMESPACE, "notify");
    public static final QName NOTIFY_RESPONSE = new QName(NAMESPACE, "notifyResponse");
    /** The SOAPAction of notify (a {@code #}, unlike queryChanges' {@code :}, as the hub sends it). */
    public static final String NOTIFY_SOAP_ACTION = "urn:civichub:police:v1#notify";
    /** The class-path location of the WSDL. */
    public static final String WSDL_RESOURCE = "wsdl/police.wsdl";
    /** The endpoint's path on the simulator's port. */
    public static final String PATH = "/police";
    /** Larger page sizes are served as this. */
    public static final int MAX_PAGE_SIZE = 500;

    /** Record type of person.csv rows. */
    public static final String TYPE_PERSON = "person";
    /** Record type of floating.csv rows. */
    public static final String TYPE_FLOATING = "floating";

    /** Faultstring of the declared serviceBusy fault (a server fault): retry the same request. */
    public static final String SERVICE_BUSY = "SERVICE_BUSY";
    /** Faultstring of a client fault: the pageToken is not one this service issued. */
    public static final String INVALID_TOKEN = "INVALID_TOKEN";
    /** Faultstring of a client fault: pageSize is missing, not an int, or below 1. */
    public static final String INVALID_PAGE_SIZE = "INVALID_PAGE_SIZE";
    /** Faultstring of a client fault: since is not {@code yyyy-MM-dd HH:mm:ss}. */
    public static final String INVALID_SINCE = "INVALID_SINCE";
    /**
     * Faultstring of a client fault: the body is not a well-formed queryChanges or notify request
     * (for notify: {@code id} missing or empty, {@code event} missing or not a JSON object, ...).
     */
    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    /**
     * Faultstring of the declared serviceUnavailable fault of notify (a server fault): the department is
     * down and keeps nothing; deliver the same event again later.
     */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

    private PoliceContract() {
    }

    /** The WSDL as a class-path URL (for clients that want the contract without a running service). */
    public static URL wsdl() {
        return PoliceContract.class.getClassLoader().getResource(WSDL_RESOURCE);
    }
}
