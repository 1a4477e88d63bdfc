package org.gongkai;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure is what Spring Modulith finds in the code: no cycles, no module reaching into another's
 * internals. The diagrams and module canvases in {@code docs/modules/} are generated from the same model and
 * must match it; after a structural change, regenerate them with
 * {@code mvn test -Dtest=ModularityTest -Dgongkai.modules.docs=write}.
 */
class ModularityTest {

    private static final Path COMMITTED = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/modules-docs");

    private final ApplicationModules modules = ApplicationModules.of(GongkaiApplication.class);

    @Test
    void verify() {
        modules.verify();
    }

    @Test
    void moduleDocumentationMatchesTheCode() {
        boolean write = "write".equals(System.getProperty("gongkai.modules.docs"));
        Path target = write ? COMMITTED : GENERATED;
        Documenter.Options options = Documenter.Options.defaults().withOutputFolder(target.toString());
        if (write) {
            removeGenerated(COMMITTED); // keeps the hand-written README.md, which a clean would delete
            options = options.withoutClean();
        }
        new Documenter(modules, options)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        sortRuns(target);
        assertThat(contents(COMMITTED))
                .as("docs/modules is out of date: run mvn test -Dtest=ModularityTest -Dgongkai.modules.docs=write")
                .isEqualTo(contents(target));
    }

    /**
     * Documenter lists components and relations in hash order; sorting each run of such lines makes the output
     * the same from run to run, so the committed copy can be compared.
     */
    private static void removeGenerated(Path dir) {
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sortRuns(Path dir) {
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.toList()) {
                Files.writeString(p, sortedRuns(Files.readAllLines(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sortedRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (!run.isEmpty() && !continues(run.get(0), line)) {
                flush(run, out);
            }
            run.add(line);
        }
        flush(run, out);
        return String.join("\n", out) + "\n";
    }

    private static boolean continues(String first, String line) {
        String kind = sortable(first);
        return kind.isEmpty() ? sortable(line).isEmpty() : kind.equals(sortable(line)) && !line.startsWith("|");
    }

    /** Sorts a run of sortable lines; a canvas list's first item carries the table cell's "|", which stays first. */
    private static void flush(List<String> run, List<String> out) {
        if (!run.isEmpty() && !sortable(run.get(0)).isEmpty()) {
            boolean cell = run.get(0).startsWith("|");
            List<String> items = new ArrayList<>(run.stream().map(l -> cell && l == run.get(0) ? l.substring(1) : l)
                    .toList());
            items.sort(null);
            if (cell) {
                items.set(0, "|" + items.get(0));
            }
            run.clear();
            run.addAll(items);
        }
        out.addAll(run);
        run.clear();
    }

    /** Lines whose order carries no meaning: PlantUML components and relations, the items of a canvas list. */
    private static String sortable(String line) {
        String t = line.strip();
        if (t.startsWith("|* ")) {
            t = t.substring(1);
        }
        for (String prefix : List.of("Component(", "Rel(", "* ")) {
            if (t.startsWith(prefix)) {
                return prefix;
            }
        }
        return "";
    }

    private static Map<String, String> contents(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
