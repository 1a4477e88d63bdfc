package org.gongkai.application;

import org.gongkai.identity.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The e-mail with the reply letter: what it says, and that nothing leaves while mail is disabled. */
class ReplyMailTest {

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/application");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    static ReplyLetter.Letter letter(String email, List<String> attachments) {
        DisclosureApplication app = mock(DisclosureApplication.class);
        when(app.applicant()).thenReturn(new Applicant(ApplicantType.NATURAL_PERSON, "张三", IdType.RESIDENT_ID,
                "x", null, null, null, null, email, null, null));
        when(app.trackingNumber()).thenReturn("GK-T1-20250102-ABCDEF");
        when(app.info()).thenReturn(new RequestedInfo("招生计划", null, null, null));
        when(app.replyText()).thenReturn("现将招生计划提供给您。");
        when(app.receivedOn()).thenReturn(java.time.LocalDate.of(2025, 1, 2));
        when(app.repliedOn()).thenReturn(java.time.LocalDate.of(2025, 1, 10));
        Organisation org = mock(Organisation.class);
        when(org.name()).thenReturn("某某教育局");
        return new ReplyLetter.Letter(app, org, ReplyOutcome.DISCLOSED, attachments);
    }

    @SuppressWarnings("unchecked")
    static ReplyMail mail(boolean enabled, JavaMailSender sender) {
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(sender);
        var m = messages();
        return new ReplyMail(new MailSettings(enabled, "office@example.cn"), new LetterText(m), m,
                new MailServer(provider, new org.springframework.core.env.StandardEnvironment()));
    }

    @Test
    void theMessageCarriesTheLetterAndNamesTheFiles() {
        ReplyMail.Draft d = mail(true, mock(JavaMailSender.class))
                .draft(letter(" a@example.cn ", List.of("招生计划.pdf")), Locale.SIMPLIFIED_CHINESE);
        assertThat(d.to()).isEqualTo("a@example.cn");
        assertThat(d.from()).isEqualTo("office@example.cn");
        assertThat(d.subject()).contains("某某教育局").contains("GK-T1-20250102-ABCDEF");
        assertThat(d.body()).contains("张三").contains("现将招生计划提供给您。").contains("招生计划.pdf")
                .contains("六十日内").contains("2025-01-10").contains("凭受理编号和查询码");
    }

    @Test
    void withoutAnAddressThereIsNoMessage() {
        assertThatThrownBy(() -> mail(true, mock(JavaMailSender.class)).draft(letter(null, List.of()), Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void disabledMailSendsNothingEvenWithAServer() {
        JavaMailSender sender = mock(JavaMailSender.class);
        ReplyMail m = mail(false, sender);
        assertThat(m.available()).isFalse();
        assertThatThrownBy(() -> m.send(new ReplyMail.Draft("", "a@example.cn", "s", "b")))
                .isInstanceOf(IllegalStateException.class);
        verifyNoInteractions(sender);
        assertThat(mail(true, null).available()).isFalse();
    }
}
