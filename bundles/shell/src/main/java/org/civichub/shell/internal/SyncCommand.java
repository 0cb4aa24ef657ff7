package org.civichub.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.civichub.pipeline.Connectors;

/** {@code civichub:sync <id>}, the twin of {@code POST /api/v1/connectors/{id}/sync}. */
@Service
@Command(scope = "civichub", name = "sync", description = "Starts a sync of a connector now"
        + " (nothing new if one is already running or queued)")
public class SyncCommand implements Action {

    @Argument(index = 0, name = "id", description = "The connector id, as civichub:connectors lists it",
            required = true)
    @Completion(ConnectorIdCompleter.class)
    String id;

    @Reference
    Connectors connectors;

    @Override
    public Object execute() {
        if (!connectors.sync(id)) {
            throw new IllegalArgumentException("no connector with id '" + id + "'");
        }
        System.out.println("Sync of " + id + " requested; see civichub:connectors for its progress");
        return null;
    }
}
