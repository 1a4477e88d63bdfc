package org.gongkai.enrollment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The school-district look-up over a county of generated rules (bench/zoning-bench.sh): the index the public page
 * uses ({@link DistrictIndex#lookup}, after {@link AddressNormaliser#normalise}) beside the plain scan of every rule
 * ({@link DistrictIndex#scan}), on the same addresses. Prints p50/p95/p99/max per look-up; asserts nothing.
 * <p>
 * The county: streets with numbered ranges split by side (odd/even), plus residential compounds, one school per
 * few dozen rules. Addresses: a known street and number, written with a city/district prefix, in Traditional
 * characters or full-width digits now and then; a compound; or an address nobody zoned.
 */
public final class ZoningLookupBench {

    private static final String CHARS = "安宝北滨昌城春翠大德东丰福光广桂海和河红华惠吉建江金锦景康兰乐丽利林龙隆明南宁平"
            + "浦庆秋瑞山胜石顺泰天通文西祥新兴阳怡永裕园振正中竹";
    private static final String[] SUFFIX = {"路", "街", "大道", "巷", "东路", "西路", "北路", "南路"};

    private ZoningLookupBench() {
    }

    public static void main(String[] args) {
        int rules = intArg(args, "--rules", 100_000);
        int lookups = intArg(args, "--lookups", 20_000);
        int baselineLookups = intArg(args, "--baseline-lookups", 2_000);
        long seed = intArg(args, "--seed", 20261203);
        Random random = new Random(seed);

        long t0 = System.nanoTime();
        List<ZoningRule> all = new ArrayList<>(rules);
        List<String> streets = new ArrayList<>();
        List<String> compounds = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int compoundRules = rules / 5;
        int rangesPerStreet = 16;
        long id = 1;
        while (all.size() < rules - compoundRules) {
            String street = uniqueName(random, names, SUFFIX[random.nextInt(SUFFIX.length)]);
            streets.add(street);
            for (int k = 0; k < rangesPerStreet && all.size() < rules - compoundRules; k++) {
                int from = k / 2 * 50 + 1;
                Parity side = k % 2 == 0 ? Parity.ODD : Parity.EVEN;
                all.add(new ZoningRule(id++, 1, "第" + (all.size() / 40 + 1) + "小学", street,
                        AddressNormaliser.normalise(street), side == Parity.ODD ? from : from + 1, from + 49, side,
                        null, null, null));
            }
        }
        while (all.size() < rules) {
            String compound = uniqueName(random, names, random.nextBoolean() ? "小区" : "花园");
            compounds.add(compound);
            all.add(new ZoningRule(id++, 1, "第" + (all.size() / 40 + 1) + "小学", null, null, null, null, Parity.ALL,
                    compound, AddressNormaliser.normalise(compound), null));
        }
        long t1 = System.nanoTime();
        DistrictIndex index = new DistrictIndex(all);
        long t2 = System.nanoTime();
        System.out.printf("rules: %,d (%,d streets, %,d compounds); generated in %d ms, index built in %d ms%n",
                all.size(), streets.size(), compounds.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

        List<String> addresses = new ArrayList<>(lookups);
        for (int i = 0; i < lookups; i++) {
            int kind = random.nextInt(10);
            String a;
            if (kind < 7) {
                String street = streets.get(random.nextInt(streets.size()));
                int number = 1 + random.nextInt(450);
                a = "某市清溪县" + street + number + (random.nextBoolean() ? "号" : "弄") + (1 + random.nextInt(20)) + "栋";
                if (kind == 5) {
                    a = a.replace("县", "縣").replace("号", "號");
                } else if (kind == 6) {
                    a = fullWidth(a);
                }
            } else if (kind < 9) {
                a = "清溪县" + compounds.get(random.nextInt(compounds.size())) + (1 + random.nextInt(30)) + "栋";
            } else {
                a = "清溪县无名路" + (1 + random.nextInt(300)) + "号";
            }
            addresses.add(a);
        }

        // warm up both paths
        for (int i = 0; i < Math.min(5_000, lookups); i++) {
            index.lookup(AddressNormaliser.normalise(addresses.get(i)));
        }
        for (int i = 0; i < Math.min(200, baselineLookups); i++) {
            index.scan(AddressNormaliser.normalise(addresses.get(i)));
        }

        long[] indexed = new long[lookups];
        long found = 0;
        for (int i = 0; i < lookups; i++) {
            long s = System.nanoTime();
            DistrictIndex.Reading r = index.lookup(AddressNormaliser.normalise(addresses.get(i)));
            indexed[i] = System.nanoTime() - s;
            found += r.matches().isEmpty() ? 0 : 1;
        }
        long[] scanned = new long[baselineLookups];
        long agree = 0;
        long scanSaysMore = 0;
        for (int i = 0; i < baselineLookups; i++) {
            String a = addresses.get(i);
            long s = System.nanoTime();
            List<ZoningRule> m = index.scan(AddressNormaliser.normalise(a));
            scanned[i] = System.nanoTime() - s;
            Set<String> byIndex = index.lookup(AddressNormaliser.normalise(a)).schools();
            agree += schools(m).equals(byIndex) ? 1 : 0;
            scanSaysMore += !schools(m).equals(byIndex) && schools(m).containsAll(byIndex) ? 1 : 0;
        }
        System.out.printf("addresses answered with at least one school: %,d of %,d%n", found, lookups);
        System.out.printf("index and scan name the same schools for %,d of %,d addresses; where they differ the scan"
                + " adds schools in %,d (a street that is the tail of a longer one, 宝东路 in 安宝东路: the scan matches"
                + " both, the index the longest name)%n", agree, baselineLookups, scanSaysMore);
        System.out.println("look-up (normalise + match), microseconds:");
        System.out.printf("  %-28s %8s %8s %8s %8s %8s%n", "", "n", "p50", "p95", "p99", "max");
        print("index (the public page)", indexed);
        print("scan of every rule (naive)", scanned);
    }

    private static Set<String> schools(List<ZoningRule> rules) {
        Set<String> s = new java.util.LinkedHashSet<>();
        rules.forEach(r -> s.add(r.school()));
        return s;
    }

    private static void print(String label, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("  %-28s %8d %8.1f %8.1f %8.1f %8.1f%n", label, s.length, at(s, 0.50), at(s, 0.95), at(s, 0.99),
                s[s.length - 1] / 1000.0);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }

    private static String uniqueName(Random random, Set<String> taken, String suffix) {
        while (true) {
            StringBuilder b = new StringBuilder();
            int n = 2 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                b.append(CHARS.charAt(random.nextInt(CHARS.length())));
            }
            String name = b + suffix;
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return b.toString();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
