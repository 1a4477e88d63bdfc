package org.gongkai.transparency;

import java.util.HexFormat;
import java.util.List;

/** Lower-case hex, the form hashes and signatures take in the log's JSON. */
final class Hex {

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }

    public static List<String> of(List<byte[]> list) {
        return list.stream().map(Hex::of).toList();
    }

    public static byte[] parse(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("missing hex value");
        }
        return HexFormat.of().parseHex(hex.strip());
    }

    public static List<byte[]> parse(List<String> list) {
        return list.stream().map(Hex::parse).toList();
    }
}
