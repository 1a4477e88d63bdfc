package org.gongkai.opendata;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds a resource to a dataset, or a new version to a resource: the upload is checked and screened
 * ({@link UploadChecks}), stored, and recorded as the next version, unpublished until a publisher publishes the
 * dataset. Earlier versions stay as they were.
 */
@Service
public class UploadResource {

    /** What was recorded: the resource, the version's number and the warnings of the checks (message keys). */
    public record Uploaded(long resourceId, int number, java.util.List<String> warnings) {
    }

    private final OpenDataStore store;
    private final DataFiles files;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    UploadResource(OpenDataStore store, DataFiles files, OrganisationAccess access, ApplicationEventPublisher events) {
        this.store = store;
        this.files = files;
        this.access = access;
        this.events = events;
    }

    /** A new resource with its first version. */
    @Transactional
    public Uploaded addResource(StaffUser user, long datasetId, String title, String keyColumn, String fileName,
                                byte[] bytes) {
        Dataset d = store.lock(datasetId).orElseThrow(() -> new NotFoundException("dataset", datasetId));
        access.requireRole(user, d.organisationId(), Role.EDITOR);
        String t = title == null || title.isBlank() ? null : title.strip();
        if (t == null || t.length() > 200) {
            throw InvalidInputException.of("title", t == null ? "od.error.required" : "od.error.title.long");
        }
        String key = keyColumn == null || keyColumn.isBlank() ? null : keyColumn.strip();
        UploadChecks.Accepted accepted = UploadChecks.check(bytes, null);
        if (key != null && (accepted.table() == null || !accepted.table().table().headers().contains(key))) {
            throw InvalidInputException.of("keyColumn", "od.error.keyColumn");
        }
        long resourceId = store.insertResource(datasetId, t, accepted.format(), key, user.id());
        int number = record(user, d, resourceId, fileName, accepted, null);
        return new Uploaded(resourceId, number, accepted.warnings().stream().map(Problem::key).toList());
    }

    /** A new version of a resource: the same format; the earlier versions stay downloadable. */
    @Transactional
    public Uploaded addVersion(StaffUser user, long datasetId, long resourceId, String note, String fileName,
                               byte[] bytes) {
        Dataset d = store.lock(datasetId).orElseThrow(() -> new NotFoundException("dataset", datasetId));
        access.requireRole(user, d.organisationId(), Role.EDITOR);
        DataResource r = store.resource(datasetId, resourceId)
                .orElseThrow(() -> new NotFoundException("resource", resourceId));
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 500) {
            throw InvalidInputException.of("note", "od.error.note.long");
        }
        UploadChecks.Accepted accepted = UploadChecks.check(bytes, r.format());
        int number = record(user, d, resourceId, fileName, accepted, n);
        return new Uploaded(resourceId, number, accepted.warnings().stream().map(Problem::key).toList());
    }

    private int record(StaffUser user, Dataset d, long resourceId, String fileName, UploadChecks.Accepted a,
                       String note) {
        String sha = files.store(a.bytes());
        String name = DataFiles.cleanName(fileName, a.format());
        TableChecks.Checked table = a.table();
        int number = store.insertVersion(resourceId, sha, name, a.bytes().length, a.sourceEncoding(),
                table == null ? null : table.table().rows().size(), table == null ? null : table.columns(),
                a.warnings(), note, user.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("resource", resourceId);
        after.put("version", number);
        after.put("file", name);
        after.put("sha256", sha);
        if (a.sourceEncoding() != null) {
            after.put("encoding", a.sourceEncoding());
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), d.organisationId(),
                "opendata.version.upload", "od_dataset", String.valueOf(d.id()), Map.of(), after));
        return number;
    }
}
