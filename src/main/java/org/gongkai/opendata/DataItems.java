package org.gongkai.opendata;

import java.util.List;

/**
 * The data items (信息项) of a public table for the resource catalogue: its columns with the types found at upload,
 * from the newest published version.
 */
record DataItems(String resourceTitle, List<ResourceVersion.Column> columns) {

    static List<DataItems> of(List<PublicDatasets.PublicResource> resources) {
        return resources.stream().filter(r -> r.resource().format().tabular() && !r.latest().columns().isEmpty())
                .map(r -> new DataItems(r.resource().title(), r.latest().columns())).toList();
    }

    /** In one line, for the export: "学校代码（文本）；在校生数（整数）". */
    static String line(List<DataItems> items, java.util.function.Function<ColumnType, String> typeLabel) {
        return String.join("；", items.stream().flatMap(i -> i.columns().stream())
                .map(c -> c.name() + "（" + typeLabel.apply(c.type()) + "）").toList());
    }
}
