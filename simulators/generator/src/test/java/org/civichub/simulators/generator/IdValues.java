package org.civichub.simulators.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ID numbers written in a dataset outside police, one per record and ID column, as written. */
final class IdValues {

    static final Map<DatasetFile, List<String>> ID_COLUMNS = Map.of(
            DatasetFile.HEALTH_BIRTHS, List.of("母亲身份证号", "父亲身份证号"),
            DatasetFile.HEALTH_FAMILY, List.of("身份证号"),
            DatasetFile.CIVIL_ASSISTANCE, List.of("idCard"),
            DatasetFile.CIVIL_DISABILITY, List.of("idCard"),
            DatasetFile.CIVIL_DEATH, List.of("idCard"),
            DatasetFile.CIVIL_ELDERLY, List.of("idCard"),
            DatasetFile.LABOUR_EMPLOYMENT, List.of("SFZHM"),
            DatasetFile.LABOUR_INSURANCE, List.of("SFZHM"));

    private IdValues() {
    }

    /** Every non-empty ID value of the first version of every record outside police. */
    static List<String> outsidePolice(GeneratedDataset dataset) {
        List<String> values = new ArrayList<>();
        ID_COLUMNS.forEach((file, columns) -> {
            CsvTable table = dataset.table(file);
            for (List<List<String>> versions : table.groupedBy(file.keyColumn()).values()) {
                for (String column : columns) {
                    String value = table.value(versions.get(0), column);
                    if (!value.isEmpty()) {
                        values.add(value);
                    }
                }
            }
        });
        return values;
    }
}
