package org.gongkai.opendata;

import org.springframework.stereotype.Component;

/** The table of a stored tabular version, read again from its file (for the preview and the comparison). */
@Component
class StoredTables {

    private final DataFiles files;

    StoredTables(DataFiles files) {
        this.files = files;
    }

    Table read(ResourceVersion v, ResourceFormat format) {
        byte[] bytes = files.read(v.sha256());
        return switch (format) {
            case CSV -> TableChecks.check(CsvReader.read(TextDecoding.decode(bytes).text())).table();
            case XLSX -> TableChecks.check(XlsxReader.read(bytes)).table();
            default -> throw new IllegalArgumentException("not tabular: " + format);
        };
    }
}
