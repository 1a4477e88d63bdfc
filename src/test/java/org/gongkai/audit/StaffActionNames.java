package org.gongkai.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds, in the main sources, every action name and target type that a {@code StaffAction} can carry: the literals
 * given to {@code new StaffAction(…)} (4th and 5th arguments) or {@code StaffAction.system(…)} (1st and 2nd), following
 * the names through the helper methods that pass them on (a parameter, a local variable, {@code "prefix." + kind}),
 * whose callers may be in other files of the same package.
 */
final class StaffActionNames {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern METHOD = Pattern.compile(
            "(?:private|public|protected|static|void|[\\w<>\\[\\],? ]+)\\s+(\\w+)\\s*\\(([^()]*)\\)\\s*(?:throws [\\w., ]+)?\\{");
    private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "return");

    private final Map<Path, String> sources;
    final Set<String> unresolved = new TreeSet<>();

    StaffActionNames(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            this.sources = new java.util.TreeMap<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(p, Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> actions() {
        return collect(3, 0);
    }

    Set<String> targetTypes() {
        return collect(4, 1);
    }

    private Set<String> collect(int constructorIndex, int systemIndex) {
        Set<String> found = new TreeSet<>();
        for (var e : sources.entrySet()) {
            if (e.getKey().endsWith("StaffAction.java")) {
                continue;
            }
            String src = e.getValue();
            for (int at : calls(src, "new StaffAction(")) {
                List<String> args = arguments(src, at);
                found.addAll(values(e.getKey(), src, at, args.get(constructorIndex), 0));
            }
            for (int at : calls(src, "StaffAction.system(")) {
                List<String> args = arguments(src, at);
                found.addAll(values(e.getKey(), src, at, args.get(systemIndex), 0));
            }
        }
        return found;
    }

    /** The values an argument expression can take. */
    private Set<String> values(Path file, String src, int at, String expr, int depth) {
        Set<String> out = new TreeSet<>();
        expr = expr.strip();
        if (expr.startsWith("\"") && expr.contains("+")) {
            String prefix = literals(expr.substring(0, expr.indexOf('+'))).get(0);
            String rest = expr.substring(expr.indexOf('+') + 1).strip();
            for (String v : values(file, src, at, rest, depth)) {
                out.add(prefix + v);
            }
            return out;
        }
        List<String> lits = literals(expr);
        if (!lits.isEmpty()) {
            out.addAll(lits);
            return out;
        }
        if (!expr.matches("\\w+") || depth > 4) {
            unresolved.add(file.getFileName() + ": " + expr);
            return out;
        }
        Matcher m = enclosingMethod(src, at);
        if (m == null) {
            unresolved.add(file.getFileName() + ": " + expr);
            return out;
        }
        String body = src.substring(m.end(), Math.min(src.length(), at));
        Matcher local = Pattern.compile("\\b" + expr + "\\s*=\\s*([^;]*);").matcher(body);
        String assigned = null;
        while (local.find()) {
            assigned = local.group(1);
        }
        if (assigned != null) {
            return values(file, src, m.end() + body.indexOf(assigned), assigned, depth + 1);
        }
        List<String> params = splitTopLevel(m.group(2));
        int index = -1;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).strip().endsWith(" " + expr)) {
                index = i;
            }
        }
        if (index < 0) {
            unresolved.add(file.getFileName() + ": " + expr);
            return out;
        }
        String method = m.group(1);
        for (var other : sources.entrySet()) {
            if (!other.getKey().getParent().equals(file.getParent())) {
                continue;
            }
            String os = other.getValue();
            for (int call : calls(os, "." + method + "(")) {
                List<String> args = arguments(os, call);
                if (args.size() == params.size()) {
                    out.addAll(values(other.getKey(), os, call, args.get(index), depth + 1));
                }
            }
            if (other.getKey().equals(file)) {
                for (int call : calls(os, " " + method + "(")) {
                    List<String> args = arguments(os, call);
                    if (!isDeclaration(os, call) && args.size() == params.size()) {
                        out.addAll(values(other.getKey(), os, call, args.get(index), depth + 1));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isDeclaration(String src, int at) {
        int close = matchingParen(src, src.indexOf('(', at));
        String after = src.substring(close + 1, Math.min(src.length(), close + 60)).strip();
        return after.startsWith("{") || after.startsWith("throws");
    }

    private static Matcher enclosingMethod(String src, int at) {
        Matcher m = METHOD.matcher(src);
        Matcher last = null;
        int from = 0;
        while (m.find(from) && m.start() < at) {
            if (!NOT_METHODS.contains(m.group(1))) {
                last = METHOD.matcher(src);
                last.find(m.start());
            }
            from = m.end();
        }
        return last;
    }

    private static List<Integer> calls(String src, String token) {
        List<Integer> at = new ArrayList<>();
        for (int i = src.indexOf(token); i >= 0; i = src.indexOf(token, i + 1)) {
            at.add(i);
        }
        return at;
    }

    private static List<String> arguments(String src, int at) {
        int open = src.indexOf('(', at);
        return splitTopLevel(src.substring(open + 1, matchingParen(src, open)));
    }

    private static int matchingParen(String src, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < src.length(); i++) {
            char c = src.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced at " + open);
    }

    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '<' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '>' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (!s.isBlank()) {
            parts.add(s.substring(start));
        }
        return parts;
    }

    private static List<String> literals(String expr) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(expr);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
