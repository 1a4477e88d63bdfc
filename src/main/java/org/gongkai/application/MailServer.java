package org.gongkai.application;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.util.Properties;

/**
 * The SMTP server for reply letters: Spring Boot's {@link JavaMailSender} when its auto-configuration made one,
 * otherwise one made here from {@code spring.mail.*} when {@code spring.mail.host} is set. The second case is the web
 * start with Spring AOT (ADR 0035): AOT decides auto-configuration conditions when the jar is built, where no mail
 * host is set, so {@code SPRING_MAIL_HOST} given at run time must still be honoured without them.
 */
@Component
class MailServer {

    private final ObjectProvider<JavaMailSender> configured;
    private final Environment environment;
    private JavaMailSender made;

    MailServer(ObjectProvider<JavaMailSender> configured, Environment environment) {
        this.configured = configured;
        this.environment = environment;
    }

    /** The sender, or null when no mail server is configured. */
    synchronized JavaMailSender sender() {
        JavaMailSender s = configured.getIfAvailable();
        if (s != null) {
            return s;
        }
        if (made == null) {
            MailProperties p = Binder.get(environment).bind("spring.mail", MailProperties.class).orElse(null);
            if (p == null || p.getHost() == null || p.getHost().isBlank()) {
                return null;
            }
            made = fromProperties(p);
        }
        return made;
    }

    private static JavaMailSender fromProperties(MailProperties p) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(p.getHost());
        if (p.getPort() != null) {
            sender.setPort(p.getPort());
        }
        sender.setUsername(p.getUsername());
        sender.setPassword(p.getPassword());
        sender.setProtocol(p.getProtocol());
        if (p.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(p.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(p.getProperties());
        String protocol = p.getProtocol() == null || p.getProtocol().isEmpty() ? "smtp" : p.getProtocol();
        if (p.getSsl().isEnabled()) {
            javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
            if (p.getSsl().isVerifyHostname()) {
                javaMail.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
            }
        }
        if (!javaMail.isEmpty()) {
            sender.setJavaMailProperties(javaMail);
        }
        return sender;
    }
}
