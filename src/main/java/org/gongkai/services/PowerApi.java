package org.gongkai.services;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The public JSON of the lists of powers and approval items: published editions only. */
@RestController
class PowerApi {

    record Item(long id, String list, String code, int edition, String name, String category, String legalBasis,
                String department, String conditions, String changeNote, boolean abolished, Instant publishedAt) {

        static Item of(PowerEdition e) {
            return new Item(e.powerId(), e.list().name(), e.code(), e.editionNo(), e.name(), e.category(),
                    e.legalBasis(), e.department(), e.conditions(), e.changeNote(), e.abolished(), e.publishedAt());
        }
    }

    record Listing(String site, String list, long total, int page, List<Item> items) {
    }

    private final PowerStore store;
    private final OrganisationDirectory organisations;

    PowerApi(PowerStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/public/powers/{site}")
    Listing list(@PathVariable String site, @RequestParam(required = false) String list,
                 @RequestParam(required = false) Integer page) {
        Organisation o = organisations.findBySlug(site).orElseThrow(() -> new NotFoundException("site", site));
        PowerList l = PowerList.parse(list) == null ? PowerList.POWER : PowerList.parse(list);
        Page<PowerEdition> rows = store.publicList(organisations.subtreeIds(o.id()), l, null, Page.clamp(page), 200);
        return new Listing(o.slug(), l.name(), rows.total(), rows.page(), rows.items().stream().map(Item::of).toList());
    }

    /** An item's published editions, newest first: its change history. */
    @GetMapping("/api/v1/public/powers/items/{id}")
    List<Item> item(@PathVariable long id) {
        List<PowerEdition> editions = store.publicEditions(id);
        if (editions.isEmpty()) {
            throw new NotFoundException("power", id);
        }
        return editions.stream().map(Item::of).toList();
    }
}
