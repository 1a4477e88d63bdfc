package org.gongkai.university;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The disclosure list as data: its categories, each with its items in order. Read from a tab-separated file
 * ({@code university/disclosure-list.tsv}) whose format the file's header explains; a file that does not hold a
 * consistent list (unknown line, duplicate number, item of an unknown category, an empty category, numbers out of
 * range) is refused with the line that is wrong.
 */
public record DisclosureList(List<Category> categories) {

    public static final int MAX_ITEM = 99;

    /** An item of the list; {@code certain} is false where the source itself is unsure of the item. */
    public record Item(int no, int categoryNo, String name, ItemClock clock, boolean certain) {
    }

    public record Category(int no, String name, String nameEn, List<Item> items) {
    }

    public DisclosureList {
        categories = List.copyOf(categories);
    }

    public List<Item> items() {
        return categories.stream().flatMap(c -> c.items().stream()).toList();
    }

    public Optional<Item> item(int no) {
        return items().stream().filter(i -> i.no() == no).findFirst();
    }

    public int size() {
        return items().size();
    }

    /** @throws IllegalArgumentException naming the line when the file is not a consistent list */
    public static DisclosureList parse(Reader source) {
        Map<Integer, String[]> categories = new LinkedHashMap<>();
        Map<Integer, List<Item>> items = new LinkedHashMap<>();
        java.util.Set<Integer> itemNumbers = new java.util.HashSet<>();
        try (BufferedReader in = new BufferedReader(source)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "category" -> {
                        need(f, 4, n);
                        int no = number(f[1], 1, 20, n);
                        if (categories.putIfAbsent(no, new String[]{text(f[2], n), text(f[3], n)}) != null) {
                            throw bad(n, "duplicate category " + no);
                        }
                        items.put(no, new ArrayList<>());
                    }
                    case "item" -> {
                        need(f, 6, n);
                        int no = number(f[1], 1, MAX_ITEM, n);
                        int category = number(f[2], 1, 20, n);
                        if (!categories.containsKey(category)) {
                            throw bad(n, "item " + no + " names category " + category + ", not defined above it");
                        }
                        if (!itemNumbers.add(no)) {
                            throw bad(n, "duplicate item " + no);
                        }
                        ItemClock clock;
                        try {
                            clock = ItemClock.valueOf(f[4].strip());
                        } catch (IllegalArgumentException e) {
                            throw bad(n, "unknown clock " + f[4]);
                        }
                        String certainty = f[5].strip();
                        if (!certainty.equals("SPEC") && !certainty.equals("UNCERTAIN")) {
                            throw bad(n, "certainty must be SPEC or UNCERTAIN");
                        }
                        items.get(category).add(new Item(no, category, text(f[3], n), clock, certainty.equals("SPEC")));
                    }
                    default -> throw bad(n, "unknown line kind " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Category> list = new ArrayList<>();
        categories.forEach((no, names) -> {
            if (items.get(no).isEmpty()) {
                throw new IllegalArgumentException("category " + no + " has no items");
            }
            list.add(new Category(no, names[0], names[1], List.copyOf(items.get(no))));
        });
        if (list.isEmpty()) {
            throw new IllegalArgumentException("the list is empty");
        }
        return new DisclosureList(list);
    }

    private static void need(String[] f, int fields, int line) {
        if (f.length != fields) {
            throw bad(line, "expected " + fields + " tab-separated fields, found " + f.length);
        }
    }

    private static int number(String s, int min, int max, int line) {
        try {
            int v = Integer.parseInt(s.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw bad(line, "number " + s + " outside " + min + "–" + max);
    }

    private static String text(String s, int line) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 200) {
            throw bad(line, "empty or over-long name");
        }
        return t;
    }

    private static IllegalArgumentException bad(int line, String why) {
        return new IllegalArgumentException("disclosure list line " + line + ": " + why);
    }
}
