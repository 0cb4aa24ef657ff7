package org.civichub.connector.police.internal;

/** Escaping of text for XML element content. */
final class Xml {

    private Xml() {
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
