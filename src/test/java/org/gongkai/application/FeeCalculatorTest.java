package org.gongkai.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 国办函〔2020〕109号, read as in docs/adr/0008: each application and each page priced by its own band. */
class FeeCalculatorTest {

    @ParameterizedTest(name = "application no. {0} in the month costs {1} yuan")
    @CsvSource({"1,0", "10,0", "11,100", "20,100", "30,100", "31,200", "40,200", "41,300", "50,300", "51,400",
            "60,400", "61,500", "100,800", "101,900"})
    void perApplication(int ordinal, int fee) {
        assertThat(FeeCalculator.perApplication(ordinal)).isEqualTo(fee);
    }

    @ParameterizedTest(name = "{0} pages cost {1} yuan")
    @CsvSource({"0,0", "1,0", "30,0", "31,10", "50,200", "100,700", "101,720", "150,1700", "200,2700", "201,2740",
            "250,4700", "1000,34700"})
    void perPageIsMarginal(int pages, long fee) {
        assertThat(FeeCalculator.perPage(pages)).isEqualTo(fee);
    }

    @Test
    void oneMethodAtATime() {
        assertThat(FeeCalculator.fee(FeeMethod.PER_APPLICATION, 35)).isEqualTo(200);
        assertThat(FeeCalculator.fee(FeeMethod.PER_PAGE, 35)).isEqualTo(50);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> FeeCalculator.perApplication(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeCalculator.perPage(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
