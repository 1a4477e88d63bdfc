package org.gongkai;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void verify() {
        ApplicationModules.of(GongkaiApplication.class).verify();
    }
}
