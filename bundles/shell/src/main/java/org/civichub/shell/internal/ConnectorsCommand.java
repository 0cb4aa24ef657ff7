package org.civichub.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.Connectors;

/** {@code civichub:connectors}, the twin of {@code GET /api/v1/connectors}. */
@Service
@Command(scope = "civichub", name = "connectors", description = "Lists the connector instances with their state,"
        + " watermark, last sync, last error and record counts, and the progress of running syncs")
public class ConnectorsCommand implements Action {

    @Reference
    Connectors connectors;

    @Override
    public Object execute() {
        List<ConnectorStatus> list = connectors.list();
        ConnectorTable.of(list).print(System.out);
        ProgressLines.of(list).forEach(System.out::println);
        return null;
    }
}
