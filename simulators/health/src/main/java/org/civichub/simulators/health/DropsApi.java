package org.civichub.simulators.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.civichub.simulators.common.DatasetTimes;

/**
 * {@code GET /admin/drops}: the files written so far, oldest first, as
 * {@code {"drops":[{"sequence","name","type","format","rows","clock"}]}} (clock ISO-8601 at +08:00).
 */
@Path("drops")
@Produces(MediaType.APPLICATION_JSON)
public class DropsApi {

    private final FileDrops drops;

    DropsApi(FileDrops drops) {
        this.drops = drops;
    }

    @GET
    public Map<String, Object> list() {
        List<Map<String, Object>> files = drops.written().stream().map(DropsApi::view).toList();
        return Map.of("drops", files);
    }

    private static Map<String, Object> view(Drop drop) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sequence", drop.sequence());
        view.put("name", drop.name());
        view.put("type", drop.type());
        view.put("format", drop.format().extension());
        view.put("rows", drop.rows());
        view.put("clock", DatasetTimes.formatIso(drop.clock()));
        return view;
    }
}
