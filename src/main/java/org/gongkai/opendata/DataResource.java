package org.gongkai.opendata;

/** A resource of a dataset: one file format, any number of versions (od_resource). */
record DataResource(long id, long datasetId, String title, ResourceFormat format, String keyColumn) {
}
