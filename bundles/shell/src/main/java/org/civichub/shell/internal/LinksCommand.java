package org.civichub.shell.internal;

import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.civichub.model.IdMask;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;

/**
 * {@code civichub:links}, the twin of {@code GET /api/v1/links} with {@code Accept: text/csv}: every
 * source record as {@code record_key,resident_id,state}. ID numbers in record keys are masked unless
 * {@code --reveal} is given.
 */
@Service
@Command(scope = "civichub", name = "links", description = "Lists every source record with its resident or its state, as CSV")
public class LinksCommand implements Action {

    static final int PAGE = 5000;

    @Reference
    LinkStore links;

    @Option(name = "--reveal", description = "Show record keys with their ID numbers in full")
    boolean reveal;

    @Override
    public Object execute() {
        write(links, reveal, System.out);
        return null;
    }

    /** A CSV field, quoted when it holds a separator, a quote, a line break or white space at either end. */
    static String csv(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                || !s.equals(s.strip());
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static void write(LinkStore links, boolean reveal, PrintStream out) {
        out.println("record_key,resident_id,state");
        String after = null;
        for (List<Link> page = links.after(null, PAGE); !page.isEmpty(); page = links.after(after, PAGE)) {
            for (Link l : page) {
                out.println(csv(reveal ? l.recordKey() : IdMask.mask(l.recordKey())) + ","
                        + (l.residentId() == null ? "" : l.residentId()) + "," + l.state().code());
            }
            after = page.get(page.size() - 1).position();
        }
    }
}
