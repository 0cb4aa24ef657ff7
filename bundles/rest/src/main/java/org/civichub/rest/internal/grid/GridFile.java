package org.civichub.rest.internal.grid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The grid file ({@code etc/civichub-grids.csv}, UTF-8): one line per division name or grid,
 * {@code code,name,buildings}. A 6-, 9- or 12-digit code names a district, street or community; a
 * code {@code <community>-<number>} is a grid of that community, with its buildings separated by
 * {@code ;} or {@code 、} (see {@link BuildingRule}). Lines starting with {@code #}, blank lines and a
 * header line {@code code,...} are skipped. The file is read again when it changes; a file with a
 * broken line is refused as a whole (logged with the line and why) and the plan read before stays.
 */
public final class GridFile {

    private static final Logger LOG = LoggerFactory.getLogger(GridFile.class);

    private final Path path;
    private FileTime readAt;
    private GridPlan plan = GridPlan.EMPTY;

    public GridFile(Path path) {
        this.path = path;
    }

    /** The plan as the file says now (re-read when its modification time changed). */
    public synchronized GridPlan plan() {
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            if (!modified.equals(readAt)) {
                readAt = modified;
                plan = parse(Files.readAllLines(path, StandardCharsets.UTF_8));
                LOG.info("grid file {}: {} names, {} communities with grids", path, plan.names().size(),
                        plan.grids().size());
            }
        } catch (NoSuchFileException e) {
            readAt = null;
            plan = GridPlan.EMPTY;
        } catch (IOException | IllegalArgumentException e) {
            LOG.error("grid file {} refused, keeping what was read before: {}", path, e.getMessage());
        }
        return plan;
    }

    /** The plan the lines give; {@link IllegalArgumentException} naming the first broken line and why. */
    static GridPlan parse(List<String> lines) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Grid>> grids = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#") || i == 0 && line.strip().startsWith("code,")) {
                continue;
            }
            try {
                String[] cells = line.split(",", 3);
                String code = cells[0].strip();
                String name = cells.length > 1 ? cells[1].strip() : "";
                String buildings = cells.length > 2 ? cells[2].strip() : "";
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("no name");
                }
                if (code.matches("\\d{6}|\\d{9}|\\d{12}")) {
                    if (!buildings.isEmpty()) {
                        throw new IllegalArgumentException("buildings belong to a grid (<community>-<number>), not to " + code);
                    }
                    names.put(code, name);
                } else if (code.matches("\\d{12}-\\d{1,4}")) {
                    List<BuildingRule> rules = new ArrayList<>();
                    for (String b : buildings.split("[;；、]")) {
                        if (!b.isBlank()) {
                            rules.add(BuildingRule.parse(b));
                        }
                    }
                    if (rules.isEmpty()) {
                        throw new IllegalArgumentException("a grid needs its buildings");
                    }
                    List<Grid> community = grids.computeIfAbsent(code.substring(0, 12), c -> new ArrayList<>());
                    if (community.stream().anyMatch(g -> g.id().equals(code))) {
                        throw new IllegalArgumentException("grid " + code + " is given twice");
                    }
                    community.add(new Grid(code, name, rules));
                } else {
                    throw new IllegalArgumentException("the code is neither a division code (6, 9 or 12 digits) nor a grid"
                            + " (<community>-<number>): " + code);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new GridPlan(names, grids);
    }
}
