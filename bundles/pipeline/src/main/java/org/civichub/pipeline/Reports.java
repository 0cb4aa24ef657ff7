package org.civichub.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civichub.model.SourceRecord;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Changes a community worker reports once (一次录入): each report is kept as a source record of
 * department {@value #DEPARTMENT} (record type {@value #RECORD_TYPE}, key the report's id), with who reported
 * it and when, and goes through the same intake as every department's records, so the change
 * reaches every department entitled to it through its channel.
 *
 * <p>A report's fields, all text: {@code kind} (one of {@link #KINDS}), {@code division} (the
 * 12-digit community it concerns), and by kind:
 * <ul>
 *   <li>{@code death}: {@code residentId}, {@code date}</li>
 *   <li>{@code moveOut}: {@code residentId}, {@code date}, optionally {@code address} (where to)</li>
 *   <li>{@code moveIn}: {@code idNumber}, {@code name}, optionally {@code sex}, {@code address}, {@code date}</li>
 *   <li>{@code birth}: {@code name}, {@code sex}, {@code birthDate}, {@code address}, {@code mother}
 *       and/or {@code father} (resident ids)</li>
 *   <li>{@code marriage}: {@code residentId}, {@code maritalStatus} (未婚, 已婚, 离异, 丧偶), {@code date}</li>
 *   <li>{@code employment}: {@code residentId}, {@code employed} (true/false), optionally
 *       {@code employer}, {@code date}</li>
 *   <li>{@code address}: {@code residentId}, {@code address}</li>
 * </ul>
 */
@ProviderType
public interface Reports {

    /** The department of reports' source records: the community office. */
    String DEPARTMENT = "community";

    /** The record type of every report, whatever its kind. */
    String RECORD_TYPE = "report";

    /** The kinds of change a report can be. */
    List<String> KINDS = List.of("death", "moveOut", "moveIn", "birth", "marriage", "employment", "address");

    /** Every field a report may have; {@code user} is set by the hub. */
    List<String> FIELDS = List.of("kind", "division", "residentId", "date", "address", "idNumber", "name", "sex",
            "birthDate", "mother", "father", "maritalStatus", "employed", "employer");

    /**
     * Files a report by {@code user}; answers once it is durable and merged into the residents it
     * names.
     *
     * @return the report as kept (its id is the record key's last part)
     * @throws ReportRefusedException with every field that breaks a rule; nothing is kept then
     */
    SourceRecord file(Map<String, String> fields, String user);

    /** The report with this id as it was filed, if there is one. */
    Optional<SourceRecord> get(String id);
}
