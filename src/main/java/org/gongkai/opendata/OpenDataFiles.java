package org.gongkai.opendata;

import org.gongkai.platform.web.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of published versions: every published version stays downloadable at its own address. */
@Controller
class OpenDataFiles {

    private final PublicDatasets published;
    private final DataFiles files;
    private final DownloadCounter downloads;

    OpenDataFiles(PublicDatasets published, DataFiles files, DownloadCounter downloads) {
        this.published = published;
        this.files = files;
        this.downloads = downloads;
    }

    static String path(long datasetId, long resourceId, int number) {
        return "/data/" + datasetId + "/resources/" + resourceId + "/v/" + number;
    }

    @GetMapping("/data/{id}/resources/{resourceId}/v/{number}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long resourceId, @PathVariable int number) {
        PublicDatasets.PublicResource r = published.resource(id, resourceId)
                .orElseThrow(() -> new NotFoundException("resource", resourceId));
        ResourceVersion v = r.versions().stream().filter(x -> x.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("version", number));
        downloads.count(id);
        // a published version never changes: it may be cached, but is checked again so a withdrawal takes effect
        return files.response(v, r.resource().format(), "public, no-cache");
    }
}
