package org.civichub.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.civichub.pipeline.Connectors;

/** {@code civichub:connectors}, the twin of {@code GET /api/v1/connectors}. */
@Service
@Command(scope = "civichub", name = "connectors", description = "Lists the connector instances with their state,"
        + " watermark, last sync, last error and record counts")
public class ConnectorsCommand implements Action {

    @Reference
    Connectors connectors;

    @Override
    public Object execute() {
        ConnectorTable.of(connectors.list()).print(System.out);
        return null;
    }
}
