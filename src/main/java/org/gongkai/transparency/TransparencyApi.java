package org.gongkai.transparency;

import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public transparency log API: tree heads, leaves, proofs and the public key. Anyone may call it. */
@RestController
@RequestMapping("/api/v1/public/transparency")
class TransparencyApi {

    private final TreeHeadSigner signer;
    private final TreeHeads heads;
    private final LogProofs proofs;
    private final LoggedEditions editions;
    private final SigningKey key;

    TransparencyApi(TreeHeadSigner signer, TreeHeads heads, LogProofs proofs, LoggedEditions editions, SigningKey key) {
        this.signer = signer;
        this.heads = heads;
        this.proofs = proofs;
        this.editions = editions;
        this.key = key;
    }

    /** The latest signed tree head (signed now if the log grew since the last one). */
    @GetMapping("/head")
    LogJson.Head head() {
        return LogJson.Head.of(signer.signIfGrown());
    }

    @GetMapping("/heads/{treeSize}")
    LogJson.Head head(@PathVariable long treeSize) {
        return heads.ofSize(treeSize).map(LogJson.Head::of).orElseThrow(() -> new NotFoundException("head", treeSize));
    }

    @GetMapping("/leaves/{index}")
    LogJson.Leaf leaf(@PathVariable long index) {
        return LogJson.Leaf.of(proofs.leaf(index));
    }

    /** A logged edition: its leaf and, while public, its canonical form (what verifiers recompute). */
    @GetMapping("/editions/{editionId}")
    LogJson.Edition edition(@PathVariable long editionId, @RequestParam(defaultValue = "PUBLISHED") LeafKind kind) {
        return editions.ofEdition(editionId, kind).orElseThrow(() -> new NotFoundException("edition", editionId));
    }

    /** Inclusion proof by leaf index, or by edition id and kind; in {@code treeSize} or the latest signed head. */
    @GetMapping("/proof/inclusion")
    LogJson.Inclusion inclusion(@RequestParam(required = false) Long leaf, @RequestParam(required = false) Long edition,
                                @RequestParam(defaultValue = "PUBLISHED") LeafKind kind,
                                @RequestParam(required = false) Long treeSize) {
        if ((leaf == null) == (edition == null)) {
            throw InvalidInputException.of("leaf", "transparency.error.leafOrEdition");
        }
        long index = leaf != null ? leaf : proofs.leaf(edition, kind).index();
        return proofs.inclusion(index, treeSize);
    }

    @GetMapping("/proof/consistency")
    LogJson.Consistency consistency(@RequestParam long first, @RequestParam long second) {
        return proofs.consistency(first, second);
    }

    @GetMapping("/public-key")
    LogJson.PublicKey publicKey() {
        return new LogJson.PublicKey("Ed25519", Hex.of(key.keyId()), key.publicKeyPem());
    }

    @GetMapping(value = "/public-key.pem", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> publicKeyPem() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(key.publicKeyPem());
    }
}
