package org.gongkai.transparency;

import org.gongkai.platform.cli.GongkaiCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code transparency-verify}: checks saved transparency log data without trusting the server. Exit code 0 when
 * every check passes, 1 when one fails, 2 on unusable input.
 */
@Component
@Command(name = "transparency-verify", mixinStandardHelpOptions = true,
        description = "Checks saved tree heads, proofs and edition data of the transparency log.",
        subcommands = {TransparencyVerifyCommand.Consistency.class, TransparencyVerifyCommand.Inclusion.class})
class TransparencyVerifyCommand implements GongkaiCommand {

    @Spec
    CommandSpec spec;

    @Override
    public String name() {
        return "transparency-verify";
    }

    @Override
    public String summary() {
        return "check saved tree heads (consistency) or an edition (inclusion) against the transparency log";
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    static PublicKey key(Path pem) throws IOException {
        return pem == null ? null : Ed25519.publicKey(Files.readString(pem, StandardCharsets.US_ASCII));
    }

    static int report(PrintWriter out, OfflineVerifier.Result result) {
        result.lines().forEach(out::println);
        out.println(result.ok() ? "VERIFIED" : "NOT VERIFIED");
        out.flush();
        return result.ok() ? 0 : 1;
    }

    @Command(name = "consistency", mixinStandardHelpOptions = true,
            description = "Checks that a later saved tree head extends an earlier one.")
    static class Consistency implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--old", required = true, description = "the earlier tree head (JSON of /head)") Path older;
        @Option(names = "--new", required = true, description = "the later tree head (JSON of /head)") Path newer;
        @Option(names = "--proof", description = "a saved consistency proof (JSON of /proof/consistency)") Path proof;
        @Option(names = "--base-url", description = "fetch the proof from this site instead, e.g. https://gk.example.cn") String baseUrl;
        @Option(names = "--public-key", description = "the log's public key (PEM) to check the signatures") Path publicKey;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            LogJson.Head a = OfflineVerifier.head(Files.readString(older));
            LogJson.Head b = OfflineVerifier.head(Files.readString(newer));
            LogJson.Consistency p = null;
            if (proof != null) {
                p = OfflineVerifier.consistencyProof(Files.readString(proof));
            } else if (baseUrl != null && a.treeSize() > 0 && a.treeSize() < b.treeSize()) {
                p = OfflineVerifier.consistencyProof(fetch(baseUrl + "/api/v1/public/transparency/proof/consistency?first="
                        + a.treeSize() + "&second=" + b.treeSize()));
            }
            return report(out, OfflineVerifier.consistency(a, b, p, key(publicKey)));
        }
    }

    @Command(name = "inclusion", mixinStandardHelpOptions = true,
            description = "Recomputes an edition's leaf from its saved canonical data and checks it is in a signed head.")
    static class Inclusion implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--edition", required = true, description = "saved edition data (JSON of /editions/{id})") Path edition;
        @Option(names = "--proof", description = "saved inclusion proof (JSON of /proof/inclusion)") Path proof;
        @Option(names = "--head", description = "saved signed tree head; default: the one inside the proof") Path head;
        @Option(names = "--base-url", description = "fetch the proof (and head) from this site instead") String baseUrl;
        @Option(names = "--public-key", description = "the log's public key (PEM) to check the signature") Path publicKey;
        @Option(names = "--attachment", description = "a saved attachment file that must be one of the edition's") List<Path> attachments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            String editionJson = Files.readString(edition);
            LogJson.Inclusion p;
            if (proof != null) {
                p = OfflineVerifier.inclusionProof(Files.readString(proof));
            } else if (baseUrl != null) {
                long index = OfflineVerifier.JSON.readTree(editionJson).get("leaf").get("index").asLong();
                LogJson.Head h = head == null ? null : OfflineVerifier.head(Files.readString(head));
                p = OfflineVerifier.inclusionProof(fetch(baseUrl + "/api/v1/public/transparency/proof/inclusion?leaf="
                        + index + (h == null ? "" : "&treeSize=" + h.treeSize())));
            } else {
                out.println("give --proof or --base-url");
                out.flush();
                return 2;
            }
            LogJson.Head h = head != null ? OfflineVerifier.head(Files.readString(head)) : p.treeHead();
            if (h == null) {
                out.println("no tree head: give --head");
                out.flush();
                return 2;
            }
            List<String> files = new ArrayList<>();
            for (Path a : attachments) {
                files.add(HexFormat.of().formatHex(MerkleHash.sha256().digest(Files.readAllBytes(a))));
            }
            return report(out, OfflineVerifier.inclusion(editionJson, p, h, key(publicKey), files));
        }
    }

    static String fetch(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> res = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + res.statusCode() + ": " + res.body());
        }
        return res.body();
    }
}
