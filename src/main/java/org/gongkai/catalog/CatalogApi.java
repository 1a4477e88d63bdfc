package org.gongkai.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.identity.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** The catalog API: the same permissions as the pages (staff read their own and subordinate catalogs; editors and publishers change their own). */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/catalog")
@Tag(name = "Catalog", description = "An organisation's proactive-disclosure catalog (主动公开目录)")
class CatalogApi {

    @Schema(name = "CatalogNode", description = "A catalog node; in the tree, with the nodes below it")
    record NodeJson(long id, long organisationId, Long parentId, String name,
                    @Schema(allowableValues = {"DECISION", "EXECUTION", "MANAGEMENT", "SERVICE", "RESULT"}) String opennessClass,
                    String opennessClassLabel,
                    @Schema(allowableValues = {"NEWS", "NOTICE", "POLICY", "OTHER"}) String columnKind,
                    int timeLimitDays, int position, String description, int version, List<NodeJson> children) {

        static NodeJson of(CatalogNode n, List<NodeJson> children) {
            return new NodeJson(n.id(), n.organisationId(), n.parentId(), n.name(), n.opennessClass().name(),
                    n.opennessClass().zh(), n.columnKind().name(), n.timeLimitDays(), n.position(), n.description(),
                    n.version(), children);
        }

        static NodeJson of(CatalogBranch b) {
            return of(b.entry().node(), b.children().stream().map(NodeJson::of).toList());
        }
    }

    @Schema(name = "CatalogNodeRequest")
    record NodeRequest(
            @Schema(description = "the parent node; null for a top-level node") Long parentId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"DECISION", "EXECUTION", "MANAGEMENT", "SERVICE", "RESULT"}) String opennessClass,
            @Schema(allowableValues = {"NEWS", "NOTICE", "POLICY", "OTHER"}, defaultValue = "OTHER") String columnKind,
            @Schema(minimum = "1", maximum = "365", defaultValue = "20", description = "working days") Integer timeLimitDays,
            @Schema(maxLength = 1000) String description,
            @Schema(description = "on update: the version read; a stale one is refused with 409") Integer version) {

        NodeDraft draft() {
            return new NodeDraft(parentId, name, opennessClass, columnKind, timeLimitDays, description);
        }
    }

    private final CatalogTree tree;
    private final CatalogEditing editing;
    private final CatalogPermissions permissions;

    CatalogApi(CatalogTree tree, CatalogEditing editing, CatalogPermissions permissions) {
        this.tree = tree;
        this.editing = editing;
        this.permissions = permissions;
    }

    @GetMapping
    @Operation(summary = "The organisation's catalog as a tree")
    @ApiResponse(responseCode = "200", description = "top-level nodes with their children")
    @ApiResponse(responseCode = "403", description = "not the caller's organisation nor one below it")
    @ApiResponse(responseCode = "404", description = "no such organisation")
    List<NodeJson> tree(@Parameter(hidden = true) StaffUser user, @PathVariable long orgId) {
        permissions.requireRead(user, orgId);
        return CatalogBranch.nest(tree.nodesOf(orgId)).stream().map(NodeJson::of).toList();
    }

    @GetMapping("/{nodeId}")
    @Operation(summary = "One catalog node")
    @ApiResponse(responseCode = "404", description = "no such node in this organisation's catalog")
    NodeJson node(@Parameter(hidden = true) StaffUser user, @PathVariable long orgId, @PathVariable long nodeId) {
        permissions.requireRead(user, orgId);
        return NodeJson.of(tree.get(orgId, nodeId), null);
    }

    @PostMapping
    @Operation(summary = "Add a node (editors and publishers of the organisation)")
    @ApiResponse(responseCode = "201", description = "created")
    @ApiResponse(responseCode = "400", description = "invalid, with a message per field")
    @ApiResponse(responseCode = "403", description = "not an editor or publisher of this organisation")
    ResponseEntity<NodeJson> create(@Parameter(hidden = true) StaffUser user, @PathVariable long orgId,
                                    @RequestBody NodeRequest request) {
        CatalogNode node = editing.create(user, orgId, request.draft());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(node.id()).toUri()).body(NodeJson.of(node, null));
    }

    @PutMapping("/{nodeId}")
    @Operation(summary = "Change a node: name, classes, time limit, description or parent")
    @ApiResponse(responseCode = "400", description = "invalid, with a message per field")
    @ApiResponse(responseCode = "409", description = "the node was changed meanwhile (stale version)")
    NodeJson update(@Parameter(hidden = true) StaffUser user, @PathVariable long orgId, @PathVariable long nodeId,
                    @RequestBody NodeRequest request) {
        return NodeJson.of(editing.update(user, orgId, nodeId, request.draft(), request.version()), null);
    }

    @PostMapping("/{nodeId}/move")
    @Operation(summary = "Move a node one place up or down among its siblings")
    NodeJson move(@Parameter(hidden = true) StaffUser user, @PathVariable long orgId, @PathVariable long nodeId,
                  @RequestParam CatalogEditing.Direction direction) {
        return NodeJson.of(editing.move(user, orgId, nodeId, direction), null);
    }

    @DeleteMapping("/{nodeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an empty node")
    @ApiResponse(responseCode = "204", description = "deleted")
    @ApiResponse(responseCode = "409", description = "the node has children or documents")
    void delete(@Parameter(hidden = true) StaffUser user, @PathVariable long orgId, @PathVariable long nodeId) {
        editing.delete(user, orgId, nodeId);
    }
}
