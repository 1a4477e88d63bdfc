package org.gongkai.enrollment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one zoning arranged for the look-up: by street key and by compound key. An address is read once from
 * left to right; at each position the keys that start there are found by hashing the prefixes up to the longest key,
 * so a look-up costs (address length × longest key) hash probes plus the rules of the streets it names, however
 * many rules the county has. {@link #scan} is the plain way (every rule tested against the address), kept as the
 * bench's baseline.
 */
final class DistrictIndex {

    private final List<ZoningRule> rules;
    private final Map<String, List<ZoningRule>> byStreet = new HashMap<>();
    private final Map<String, List<ZoningRule>> byCompound = new HashMap<>();
    private final int longestKey;

    DistrictIndex(List<ZoningRule> rules) {
        this.rules = List.copyOf(rules);
        int longest = 0;
        for (ZoningRule r : rules) {
            String key = r.isCompound() ? r.compoundKey() : r.streetKey();
            (r.isCompound() ? byCompound : byStreet).computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            longest = Math.max(longest, key.length());
        }
        this.longestKey = longest;
    }

    int size() {
        return rules.size();
    }

    /** What an address means to this zoning: the streets and compounds it names and the rules that cover it. */
    record Reading(List<StreetMention> streets, List<String> compounds, List<ZoningRule> matches) {

        Set<String> schools() {
            Set<String> s = new LinkedHashSet<>();
            matches.forEach(r -> s.add(r.school()));
            return s;
        }
    }

    /** A street the address names, and the house number right after it (null when none follows). */
    record StreetMention(String streetKey, Integer number) {
    }

    Reading lookup(String normalisedAddress) {
        String a = normalisedAddress;
        List<StreetMention> streets = new ArrayList<>();
        List<String> compounds = new ArrayList<>();
        List<ZoningRule> matches = new ArrayList<>();
        int i = 0;
        while (i < a.length()) {
            int end = Math.min(a.length(), i + longestKey);
            String street = null;
            String compound = null;
            for (int j = end; j > i && (street == null || compound == null); j--) {
                String prefix = a.substring(i, j);
                if (street == null && byStreet.containsKey(prefix)) {
                    street = prefix;
                }
                if (compound == null && byCompound.containsKey(prefix)) {
                    compound = prefix;
                }
            }
            if (compound != null) {
                compounds.add(compound);
                matches.addAll(byCompound.get(compound));
            }
            if (street != null && compound != null && compound.length() > street.length()) {
                street = null; // 建设路小区 names the compound, not a house on 建设路
            }
            if (street != null) {
                Integer number = numberAt(a, i + street.length());
                streets.add(new StreetMention(street, number));
                for (ZoningRule r : byStreet.get(street)) {
                    if (r.covers(number)) {
                        matches.add(r);
                    }
                }
            }
            int skip = Math.max(street == null ? 0 : street.length(), compound == null ? 0 : compound.length());
            i += Math.max(skip, 1);
        }
        return new Reading(streets, compounds, matches);
    }

    /** The baseline: every rule tested against the address. */
    List<ZoningRule> scan(String normalisedAddress) {
        List<ZoningRule> matches = new ArrayList<>();
        for (ZoningRule r : rules) {
            if (r.isCompound()) {
                if (normalisedAddress.contains(r.compoundKey())) {
                    matches.add(r);
                }
            } else {
                int at = normalisedAddress.indexOf(r.streetKey());
                if (at >= 0 && r.covers(numberAt(normalisedAddress, at + r.streetKey().length()))) {
                    matches.add(r);
                }
            }
        }
        return matches;
    }

    /** The house number at a position: digits, optionally followed by 号/弄/栋/幢 or a hyphen ("88号", "88弄3号"). */
    static Integer numberAt(String a, int at) {
        int j = at;
        while (j < a.length() && j - at < 6 && Character.isDigit(a.charAt(j)) && a.charAt(j) < 128) {
            j++;
        }
        if (j == at || j - at > 5) {
            return null;
        }
        return Integer.parseInt(a.substring(at, j));
    }
}
