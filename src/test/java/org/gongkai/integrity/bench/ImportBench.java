package org.gongkai.integrity.bench;

import org.gongkai.integrity.CleanedDocument;
import org.gongkai.integrity.ImportCorpus;
import org.gongkai.integrity.PageCleaner;
import org.gongkai.integrity.Removal;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the clean import over {@link ImportCorpus}: share of pages with no residue (spam kept without a flag)
 * and share of the original text kept; with a directory of the old cleaner's classes, the old one too, in the
 * same run. Run by {@code bench/import-bench.sh}.
 */
public final class ImportBench {

    public static void main(String[] args) throws Exception {
        List<String[]> rows = new ArrayList<>();
        if (args.length > 0) {
            rows.add(row("old cleaner (" + (args.length > 1 ? args[1] : "given classes") + ")",
                    ImportCorpus.score(oldCleaner(new File(args[0])))));
        }
        PageCleaner cleaner = new PageCleaner();
        rows.add(row("new cleaner (this tree)", ImportCorpus.score(p -> {
            CleanedDocument d = cleaner.clean(p.bytes(), p.fileName());
            return new ImportCorpus.Cleaned(d.canonicalText(),
                    d.removals().stream().filter(r -> r.kind().isFlag()).map(Removal::text).toList());
        })));
        System.out.printf("%-40s %6s %12s %15s%n", "cleaner", "pages", "no residue", "original kept");
        for (String[] r : rows) {
            System.out.printf("%-40s %6s %12s %15s%n", (Object[]) r);
        }
    }

    private static String[] row(String name, ImportCorpus.Score s) {
        Map<String, Integer> byKind = new TreeMap<>();
        s.residues().forEach(r -> byKind.merge(r.substring(r.indexOf('/') + 1, r.indexOf(':')), 1, Integer::sum));
        if (!byKind.isEmpty()) {
            System.out.println(name + " — pages with residue by kind: " + byKind);
        }
        return new String[]{name, String.valueOf(s.pages()), String.format("%.1f%%", s.noResidueShare() * 100),
                String.format("%.2f%%", s.kept() * 100)};
    }

    /** The old cleaner, loaded child-first from its own classes; it flags nothing. */
    private static java.util.function.Function<ImportCorpus.Page, ImportCorpus.Cleaned> oldCleaner(File classes)
            throws Exception {
        ClassLoader loader = new ChildFirst(new URL[]{classes.toURI().toURL()}, ImportBench.class.getClassLoader());
        Class<?> type = loader.loadClass("org.gongkai.integrity.PageCleaner");
        Object cleaner = type.getConstructor().newInstance();
        Method clean = type.getMethod("clean", byte[].class, String.class);
        return p -> {
            try {
                Object doc = clean.invoke(cleaner, p.bytes(), p.fileName());
                String text = (String) doc.getClass().getMethod("canonicalText").invoke(doc);
                return new ImportCorpus.Cleaned(text, List.of());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Loads org.gongkai.integrity classes and resources from its own URLs first. */
    static final class ChildFirst extends URLClassLoader {

        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && name.startsWith("org.gongkai.integrity.")) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = null;
                    }
                }
                if (c == null) {
                    c = super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
