package org.gongkai.transparency;

import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code transparency-sign}: signs a tree head now if the log grew since the latest one, and prints it. */
@Component
@Command(name = "transparency-sign", mixinStandardHelpOptions = true,
        description = "Signs the transparency log's current tree head if it grew, and prints the latest head.")
class TransparencySignCommand implements GongkaiCommand {

    private final TreeHeadSigner signer;

    TransparencySignCommand(TreeHeadSigner signer) {
        this.signer = signer;
    }

    @Override
    public String name() {
        return "transparency-sign";
    }

    @Override
    public String summary() {
        return "sign the transparency log's tree head now";
    }

    @Override
    public Integer call() {
        TreeHead h = signer.signIfGrown();
        System.out.printf("tree size %d, time %s, root %s, signature %s%n", h.treeSize(), h.timestamp(),
                Hex.of(h.rootHash()), Hex.of(h.signature()));
        return 0;
    }
}
