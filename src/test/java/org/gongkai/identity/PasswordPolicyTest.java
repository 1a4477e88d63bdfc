package org.gongkai.identity;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void needsTenCharactersFromThreeClasses() {
        assertThat(PasswordPolicy.problem(null)).isEqualTo("password.tooShort");
        assertThat(PasswordPolicy.problem("Ab1!")).isEqualTo("password.tooShort");
        assertThat(PasswordPolicy.problem("abcdefghij")).isEqualTo("password.tooSimple");
        assertThat(PasswordPolicy.problem("abcdefghi1")).isEqualTo("password.tooSimple");
        assertThat(PasswordPolicy.problem("abcdefgh1A")).isNull();
        assertThat(PasswordPolicy.problem("政务公开平台abc12")).isNull();
        assertThat(PasswordPolicy.problem("a".repeat(129) + "A1")).isEqualTo("password.tooLong");
    }

    @RepeatedTest(20)
    void generatedPasswordsPassThePolicy() {
        assertThat(PasswordPolicy.problem(PasswordPolicy.generate())).isNull();
    }
}
