package org.gongkai.enrollment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one normal form of addresses and rule keys, and the index's reading of an address. */
class AddressNormaliserTest {

    @Test
    void foldsWidthsScriptsSpacesAndHouseNumberForms() {
        assertThat(AddressNormaliser.normalise("建设路８８号")).isEqualTo("建设路88号");
        assertThat(AddressNormaliser.normalise(" 建設路 88 號 ")).isEqualTo("建设路88号");
        assertThat(AddressNormaliser.normalise("建设路88#")).isEqualTo("建设路88号");
        assertThat(AddressNormaliser.normalise("建设路八十八号")).isEqualTo("建设路88号");
        assertThat(AddressNormaliser.normalise("建设路一百零八弄")).isEqualTo("建设路108弄");
        assertThat(AddressNormaliser.normalise("五一路十二号")).isEqualTo("五一路12号");
        assertThat(AddressNormaliser.normalise("ＡＢＣ大厦")).isEqualTo("abc大厦");
        assertThat(AddressNormaliser.normalise(null)).isEmpty();
    }

    @Test
    void readsChineseNumerals() {
        assertThat(AddressNormaliser.value("十")).isEqualTo(10);
        assertThat(AddressNormaliser.value("十二")).isEqualTo(12);
        assertThat(AddressNormaliser.value("二十")).isEqualTo(20);
        assertThat(AddressNormaliser.value("一百零八")).isEqualTo(108);
        assertThat(AddressNormaliser.value("一二三")).isEqualTo(123);
    }

    static ZoningRule street(String school, String street, Integer from, Integer to, Parity parity) {
        return new ZoningRule(0, 1, school, street, AddressNormaliser.normalise(street), from, to, parity, null, null, null);
    }

    static ZoningRule compound(String school, String compound) {
        return new ZoningRule(0, 1, school, null, null, null, null, Parity.ALL, compound,
                AddressNormaliser.normalise(compound), null);
    }

    @Test
    void theIndexReadsStreetNumberSideAndCompound() {
        DistrictIndex index = new DistrictIndex(List.of(
                street("一小", "建设路", 1, 99, Parity.ODD),
                street("二小", "建设路", 2, 100, Parity.EVEN),
                street("三小", "人民路", null, null, Parity.ALL),
                compound("四小", "阳光小区"),
                street("五小", "建设路小区", null, null, Parity.ALL)));
        assertThat(index.lookup(AddressNormaliser.normalise("某市建設路８７號")).schools()).containsExactly("一小");
        assertThat(index.lookup(AddressNormaliser.normalise("建设路88号")).schools()).containsExactly("二小");
        assertThat(index.lookup(AddressNormaliser.normalise("建设路101号")).schools()).isEmpty();
        assertThat(index.lookup(AddressNormaliser.normalise("人民路3号")).schools()).containsExactly("三小");
        assertThat(index.lookup(AddressNormaliser.normalise("人民路3号阳光小区2栋")).schools()).containsExactly("三小", "四小");
        // the longest name wins at a position: 建设路小区 is not a house on 建设路
        assertThat(index.lookup(AddressNormaliser.normalise("建设路小区5栋")).schools()).containsExactly("五小");
        assertThat(index.scan(AddressNormaliser.normalise("建设路87号"))).extracting(ZoningRule::school).containsExactly("一小");
    }

    @Test
    void overlapsAreRulesOfDifferentSchoolsSharingAnAddress() {
        assertThat(Overlaps.share(street("一小", "建设路", 1, 99, Parity.ODD), street("二小", "建设路", 2, 100, Parity.EVEN))).isFalse();
        assertThat(Overlaps.share(street("一小", "建设路", 1, 99, Parity.ALL), street("二小", "建设路", 99, 100, Parity.EVEN))).isFalse();
        assertThat(Overlaps.share(street("一小", "建设路", 1, 99, Parity.ALL), street("二小", "建设路", 98, 100, Parity.EVEN))).isTrue();
        assertThat(Overlaps.share(street("一小", "建设路", null, null, Parity.ODD), street("二小", "建设路", 5, 5, Parity.ALL))).isTrue();
        assertThat(Overlaps.of(List.of(street("一小", "建设路", 1, 9, Parity.ALL), street("一小", "建设路", 5, 20, Parity.ALL),
                compound("二小", "阳光小区"), compound("三小", "陽光小區")), 10)).hasSize(1);
    }
}
