package org.gongkai.opendata;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalog.OpennessClass;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.Page;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The back office of open data: the organisation's datasets (list, form, detail), uploads of resources and their
 * versions with the checks' problems in words, and the publisher's publish and withdraw. Staff may download every
 * version, published or not.
 */
@Controller
class OpenDataAdminPages {

    static final int PAGE_SIZE = AdminList.PAGE_SIZE;

    private final OpenDataStore store;
    private final ManageDatasets manage;
    private final UploadResource upload;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final DataFiles files;
    private final DataRequestStore requests;
    private final DirectoryFields directoryFields;
    private final DirectoryStore directory;
    private final ManageLinks links;
    private final LinkStore linkStore;

    OpenDataAdminPages(OpenDataStore store, ManageDatasets manage, UploadResource upload, OrganisationAccess access,
                       OrganisationDirectory organisations, DataFiles files, DataRequestStore requests,
                       DirectoryFields directoryFields, DirectoryStore directory, ManageLinks links,
                       LinkStore linkStore) {
        this.links = links;
        this.linkStore = linkStore;
        this.directoryFields = directoryFields;
        this.directory = directory;
        this.requests = requests;
        this.store = store;
        this.manage = manage;
        this.upload = upload;
        this.access = access;
        this.organisations = organisations;
        this.files = files;
    }

    @GetMapping("/admin/opendata")
    String list(StaffUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String status,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) Boolean pending, @RequestParam(required = false) Integer page,
                Model model) {
        AdminList list = AdminList.of(user, access, "/admin/opendata", org, sort, dir, page);
        DatasetStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = DatasetStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "od.error.status");
            }
        }
        boolean onlyPending = Boolean.TRUE.equals(pending);
        list.filter("status", st).filter("pending", onlyPending ? Boolean.TRUE : null);
        list.fill(model, user, access, organisations, store.list(list.organisationId(), st, onlyPending,
                list.orderBy("d"), list.page(), PAGE_SIZE));
        model.addAttribute("status", st);
        model.addAttribute("pending", onlyPending ? Boolean.TRUE : null);
        model.addAttribute("statuses", DatasetStatus.values());
        return "opendata/admin-list";
    }

    /** The form of a new dataset; with {@code request}, prefilled from that open data request and linked to it. */
    @GetMapping("/admin/opendata/new")
    String newForm(StaffUser user, @RequestParam(required = false) Long request, Model model) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        DatasetForm blank = DatasetForm.blank(organisations.get(user.organisationId()).name());
        if (request != null) {
            DataRequest r = requests.find(request).orElseThrow(() -> new NotFoundException("data request", request));
            access.requireEdit(user, r.organisationId());
            if (!r.open()) {
                throw new ConflictException("odr.error.answered");
            }
            blank = blank.fromRequest(r.title(), r.description());
            model.addAttribute("fromRequest", r);
        }
        return form(model, null, blank, Map.of(), Map.of(), null);
    }

    @PostMapping("/admin/opendata")
    String create(StaffUser user, @ModelAttribute DatasetForm form, @RequestParam(required = false) Long fromRequest,
                  @RequestParam MultiValueMap<String, String> params, HttpServletResponse response, Model model) {
        Map<String, String> catalogueFields = directoryFields.fromParams(params);
        try {
            long id = manage.create(user, form, fromRequest, catalogueFields);
            return "redirect:/admin/opendata/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            if (fromRequest != null) {
                requests.find(fromRequest).filter(r -> r.organisationId() == user.organisationId())
                        .ifPresent(r -> model.addAttribute("fromRequest", r));
            }
            return form(model, null, form, catalogueFields, e.fieldErrors(), null);
        }
    }

    @GetMapping("/admin/opendata/{id}/edit")
    String edit(StaffUser user, @PathVariable long id, Model model) {
        Dataset d = manage.get(id);
        access.requireRole(user, d.organisationId(), Role.EDITOR);
        return form(model, d, DatasetForm.of(d), directory.values(id), Map.of(), null);
    }

    @PostMapping("/admin/opendata/{id}")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute DatasetForm form,
                  @RequestParam MultiValueMap<String, String> params, HttpServletResponse response, Model model) {
        Dataset d = manage.get(id);
        access.requireRole(user, d.organisationId(), Role.EDITOR);
        Map<String, String> catalogueFields = directoryFields.fromParams(params);
        try {
            manage.update(user, id, form, catalogueFields);
            return "redirect:/admin/opendata/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, d, form, catalogueFields, e.fieldErrors(), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Dataset current = manage.get(id);
            return form(model, current, form.withVersion(current.version()), catalogueFields, Map.of(),
                    e.getMessage());
        }
    }

    @GetMapping("/admin/opendata/{id}")
    String detail(StaffUser user, @PathVariable long id, Model model) {
        return detail(user, manage.readable(user, id), model, List.of(), null);
    }

    @PostMapping("/admin/opendata/{id}/resources")
    String addResource(StaffUser user, @PathVariable long id, @RequestParam(required = false) String title,
                       @RequestParam(required = false) String keyColumn,
                       @RequestParam(required = false) MultipartFile file, HttpServletResponse response, Model model) {
        Dataset d = manage.readable(user, id);
        access.requireRole(user, d.organisationId(), Role.EDITOR);
        try {
            UploadResource.Uploaded u = upload.addResource(user, id, title, keyColumn, name(file), bytes(file));
            return "redirect:/admin/opendata/" + id + "?uploaded=" + u.number() + "#resource-" + u.resourceId();
        } catch (UploadRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(user, d, model, e.problems(), null);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(user, d, model, List.of(), e.fieldErrors());
        }
    }

    @PostMapping("/admin/opendata/{id}/resources/{resourceId}/versions")
    String addVersion(StaffUser user, @PathVariable long id, @PathVariable long resourceId,
                      @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file,
                      HttpServletResponse response, Model model) {
        Dataset d = manage.readable(user, id);
        access.requireRole(user, d.organisationId(), Role.EDITOR);
        try {
            UploadResource.Uploaded u = upload.addVersion(user, id, resourceId, note, name(file), bytes(file));
            return "redirect:/admin/opendata/" + id + "?uploaded=" + u.number() + "#resource-" + resourceId;
        } catch (UploadRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(user, d, model, e.problems(), null);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(user, d, model, List.of(), e.fieldErrors());
        }
    }

    @PostMapping("/admin/opendata/{id}/links")
    String addLink(StaffUser user, @PathVariable long id, @RequestParam(required = false) String linkTitle,
                   @RequestParam(required = false) String linkUrl, HttpServletResponse response, Model model) {
        Dataset d = manage.readable(user, id);
        try {
            links.add(user, id, linkTitle, linkUrl);
            return "redirect:/admin/opendata/" + id + "?linked#links";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("linkTitle", linkTitle);
            model.addAttribute("linkUrl", linkUrl);
            return detail(user, d, model, List.of(), e.fieldErrors());
        }
    }

    @PostMapping("/admin/opendata/{id}/links/{linkId}/remove")
    String removeLink(StaffUser user, @PathVariable long id, @PathVariable long linkId) {
        links.remove(user, id, linkId);
        return "redirect:/admin/opendata/" + id + "?unlinked#links";
    }

    @PostMapping("/admin/opendata/{id}/publish")
    String publish(StaffUser user, @PathVariable long id) {
        manage.publish(user, id);
        return "redirect:/admin/opendata/" + id + "?published";
    }

    @PostMapping("/admin/opendata/{id}/withdraw")
    String withdraw(StaffUser user, @PathVariable long id) {
        manage.withdraw(user, id);
        return "redirect:/admin/opendata/" + id + "?withdrawn";
    }

    @GetMapping("/admin/opendata/{id}/resources/{resourceId}/v/{number}")
    ResponseEntity<Resource> download(StaffUser user, @PathVariable long id, @PathVariable long resourceId,
                                      @PathVariable int number) {
        manage.readable(user, id);
        DataResource r = store.resource(id, resourceId)
                .orElseThrow(() -> new NotFoundException("resource", resourceId));
        ResourceVersion v = store.versions(resourceId).stream().filter(x -> x.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("version", number));
        return files.response(v, r.format(), "private, no-store");
    }

    private String detail(StaffUser user, Dataset d, Model model, List<Problem> problems, Map<String, String> errors) {
        List<DataResource> resources = store.resources(d.id());
        model.addAttribute("dataset", d);
        model.addAttribute("organisation", organisations.get(d.organisationId()));
        model.addAttribute("resources", resources.stream()
                .map(r -> new PublicDatasets.PublicResource(r, store.versions(r.id()))).toList());
        model.addAttribute("problems", problems);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("canEdit", access.canEdit(user, d.organisationId()) && user.has(Role.EDITOR));
        model.addAttribute("canPublish", access.canEdit(user, d.organisationId()) && user.has(Role.PUBLISHER));
        model.addAttribute("maxMegabytes", UploadChecks.MAX_BYTES / 1024 / 1024);
        model.addAttribute("links", linkStore.all(d.id()));
        model.addAttribute("directory", directoryFields.entries(directory.values(d.id()),
                LocaleContextHolder.getLocale()));
        return "opendata/admin-detail";
    }

    private String form(Model model, Dataset d, DatasetForm form, Map<String, String> catalogueFields,
                        Map<String, String> errors, String problem) {
        model.addAttribute("directoryFields", directoryFields.all());
        model.addAttribute("directoryValues", catalogueFields);
        model.addAttribute("dataset", d);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("themes", DatasetTheme.values());
        model.addAttribute("licences", DataLicence.values());
        model.addAttribute("frequencies", UpdateFrequency.values());
        model.addAttribute("opennessClasses", OpennessClass.values());
        return "opendata/admin-form";
    }

    private static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new UploadRefused(Problem.of("od.check.noFile"));
        }
        if (file.getSize() > UploadChecks.MAX_BYTES) {
            throw new UploadRefused(Problem.of("od.check.tooLarge", UploadChecks.MAX_BYTES / 1024 / 1024));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
