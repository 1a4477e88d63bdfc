package org.gongkai.catalog;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;

/**
 * The catalog pages of the back office: the signed-in user's organisation's catalog (editable by its editors and
 * publishers) and, read-only, the catalogs of its subordinate organisations.
 */
@Controller
@RequestMapping("/admin/catalog")
class CatalogAdminPages {

    private final CatalogTree tree;
    private final CatalogEditing editing;
    private final CatalogPermissions permissions;
    private final OrganisationDirectory directory;

    CatalogAdminPages(CatalogTree tree, CatalogEditing editing, CatalogPermissions permissions,
                          OrganisationDirectory directory) {
        this.tree = tree;
        this.editing = editing;
        this.permissions = permissions;
        this.directory = directory;
    }

    @GetMapping
    String show(StaffUser user, @RequestParam(name = "org", required = false) Long org, Model model) {
        long orgId = org == null ? user.organisationId() : org;
        permissions.requireRead(user, orgId);
        return treePage(user, orgId, model);
    }

    @GetMapping("/new")
    String newForm(StaffUser user, @RequestParam(name = "parent", required = false) Long parent, Model model) {
        long orgId = user.organisationId();
        permissions.requireEdit(user, orgId);
        if (parent != null) {
            tree.get(orgId, parent);
        }
        return form(orgId, null, NodeForm.blank(parent), Map.of(), model);
    }

    @PostMapping("/new")
    String create(StaffUser user, @ModelAttribute NodeForm form, Model model, HttpServletResponse response) {
        long orgId = user.organisationId();
        try {
            CatalogNode node = editing.create(user, orgId, form.toDraft());
            return "redirect:/admin/catalog?saved#node-" + node.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(orgId, null, form, e.fieldErrors(), model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(StaffUser user, @PathVariable long id, Model model) {
        CatalogNode node = tree.get(id);
        permissions.requireEdit(user, node.organisationId());
        return form(node.organisationId(), node, NodeForm.of(node), Map.of(), model);
    }

    @PostMapping("/{id}/edit")
    String update(StaffUser user, @PathVariable long id, @ModelAttribute NodeForm form, Model model,
                  HttpServletResponse response) {
        CatalogNode node = tree.get(id);
        long orgId = node.organisationId();
        try {
            editing.update(user, orgId, id, form.toDraft(), form.expectedVersion());
            return "redirect:/admin/catalog?saved#node-" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(orgId, node, form, e.fieldErrors(), model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", e.getMessage());
            CatalogNode current = tree.get(id);
            NodeForm kept = new NodeForm(form.parentId(), form.name(), form.opennessClass(), form.columnKind(),
                    form.timeLimitDays(), form.description(), String.valueOf(current.version()));
            return form(orgId, current, kept, Map.of(), model);
        }
    }

    @PostMapping("/{id}/move")
    String move(StaffUser user, @PathVariable long id, @RequestParam CatalogEditing.Direction direction) {
        CatalogNode node = tree.get(id);
        editing.move(user, node.organisationId(), id, direction);
        return "redirect:/admin/catalog#node-" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(StaffUser user, @PathVariable long id, Model model, HttpServletResponse response) {
        CatalogNode node = tree.get(id);
        try {
            editing.delete(user, node.organisationId(), id);
            return "redirect:/admin/catalog?deleted";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemArgs", e.args());
            return treePage(user, node.organisationId(), model);
        }
    }

    private String treePage(StaffUser user, long orgId, Model model) {
        Organisation organisation = directory.get(orgId);
        List<CatalogTree.Entry> entries = tree.nodesOf(orgId);
        model.addAttribute("organisation", organisation);
        model.addAttribute("branches", CatalogBranch.nest(entries));
        model.addAttribute("nodeCount", entries.size());
        model.addAttribute("canEdit", permissions.canEdit(user, orgId));
        model.addAttribute("own", orgId == user.organisationId());
        model.addAttribute("readable", directory.subtree(user.organisationId()));
        return "catalog/tree";
    }

    private String form(long orgId, CatalogNode node, NodeForm form, Map<String, String> errors,
                        Model model) {
        List<Long> excluded = node == null ? List.of() : tree.subtreeIds(node.id());
        model.addAttribute("organisation", directory.get(orgId));
        model.addAttribute("node", node);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("parents", tree.nodesOf(orgId).stream().filter(e -> !excluded.contains(e.node().id())).toList());
        model.addAttribute("classes", OpennessClass.values());
        model.addAttribute("kinds", ColumnKind.values());
        model.addAttribute("path", node == null ? List.of() : tree.path(node.id()));
        return "catalog/form";
    }
}
