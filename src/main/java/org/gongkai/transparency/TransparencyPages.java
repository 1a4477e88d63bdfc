package org.gongkai.transparency;

import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /transparency explains the log and shows its latest head; /transparency/verify checks one document. */
@Controller
class TransparencyPages {

    private final TreeHeadSigner signer;
    private final LoggedEditions editions;
    private final LogProofs proofs;
    private final SigningKey key;
    private final LeafStore leaves;

    TransparencyPages(TreeHeadSigner signer, LoggedEditions editions, LogProofs proofs, SigningKey key,
                      LeafStore leaves) {
        this.signer = signer;
        this.editions = editions;
        this.proofs = proofs;
        this.key = key;
        this.leaves = leaves;
    }

    @GetMapping("/transparency")
    String about(Model model) {
        model.addAttribute("head", LogJson.Head.of(signer.signIfGrown()));
        model.addAttribute("keyId", Hex.of(key.keyId()));
        model.addAttribute("publicKeyPem", key.publicKeyPem());
        return "transparency/transparency";
    }

    @GetMapping("/transparency/verify")
    String verify(@RequestParam long document, Model model) {
        LogJson.Edition edition = editions.ofDocument(document)
                .orElseThrow(() -> new NotFoundException("document", document));
        LogJson.Inclusion proof = proofs.inclusion(edition.leaf().index(), null);
        LogJson.Head head = proof.treeHead();
        byte[] content = edition.edition().sha256();
        byte[] leafHash = edition.leaf().toLeafData(content).leafHash();
        boolean contentMatches = Hex.of(content).equals(edition.leaf().contentHash());
        boolean included = ProofVerifier.inclusion(proof.leafIndex(), proof.treeSize(), leafHash,
                Hex.parse(proof.auditPath()), Hex.parse(head.rootHash()));
        boolean signed = Ed25519.verify(key.publicKey(), head.toTreeHead());
        model.addAttribute("documentId", document);
        model.addAttribute("edition", edition);
        model.addAttribute("recomputedContent", Hex.of(content));
        model.addAttribute("recomputedLeaf", Hex.of(leafHash));
        model.addAttribute("proof", proof);
        model.addAttribute("head", head);
        model.addAttribute("contentMatches", contentMatches);
        model.addAttribute("included", included);
        model.addAttribute("signed", signed);
        model.addAttribute("verified", contentMatches && included && signed);
        model.addAttribute("history", leaves.ofDocument(document).stream().map(LogJson.Leaf::of).toList());
        return "transparency/transparency-verify";
    }
}
