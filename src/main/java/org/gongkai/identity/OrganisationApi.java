package org.gongkai.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Organisations for the system administrator: their own and those below it (the same rule as the pages). */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The organisation tree, for system administrators")
class OrganisationApi {

    @Schema(name = "Organisation")
    record OrganisationJson(long id, Long parentId, String code, String name, String kind, String slug, int position,
                            String hostName, String address, String phone, Organisation.DisclosureOffice office,
                            Organisation.SiteIdentity site, Integer depth) {

        static OrganisationJson of(Organisation o, Integer depth) {
            return new OrganisationJson(o.id(), o.parentId(), o.code(), o.name(), o.kind().name(), o.slug(),
                    o.position(), o.hostName(), o.address(), o.phone(), o.office(), o.site(), depth);
        }
    }

    private final OrganisationDirectory directory;
    private final AdminScope scope;

    OrganisationApi(OrganisationDirectory directory, AdminScope scope) {
        this.directory = directory;
        this.scope = scope;
    }

    @GetMapping
    @Operation(summary = "The caller's organisation and those below it, in tree order")
    @ApiResponse(responseCode = "403", description = "the caller is not a system administrator")
    List<OrganisationJson> list(@Parameter(hidden = true) StaffUser user) {
        scope.require(user, Role.SYSTEM_ADMIN, user.organisationId());
        return OrgEntry.outline(directory.subtree(user.organisationId())).stream()
                .map(e -> OrganisationJson.of(e.organisation(), e.depth())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    @ApiResponse(responseCode = "403", description = "not the caller's organisation nor one below it")
    @ApiResponse(responseCode = "404", description = "no such organisation")
    OrganisationJson get(@Parameter(hidden = true) StaffUser user, @PathVariable long id) {
        return OrganisationJson.of(scope.require(user, Role.SYSTEM_ADMIN, id), null);
    }
}
