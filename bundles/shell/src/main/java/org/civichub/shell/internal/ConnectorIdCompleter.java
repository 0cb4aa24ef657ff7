package org.civichub.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.Connectors;

/** Completes connector ids. */
@Service
public class ConnectorIdCompleter implements Completer {

    @Reference
    Connectors connectors;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter(connectors.list().stream().map(ConnectorStatus::id).toList());
        return ids.complete(session, commandLine, candidates);
    }
}
