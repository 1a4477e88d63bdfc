package org.gongkai.university;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The list the platform runs on: the shipped data file, or the operator's file named by
 * {@code gongkai.university.disclosure-list} (the notice's own wording, in the same format; ADR 0051), read once at
 * start (a broken or missing file stops the start, naming the line).
 */
@Configuration(proxyBeanMethods = false)
class DisclosureListFile {

    static final String RESOURCE = "university/disclosure-list.tsv";

    @Bean
    DisclosureList disclosureList(@Value("${gongkai.university.disclosure-list:}") String file) {
        try (InputStream in = file.isBlank() ? new ClassPathResource(RESOURCE).getInputStream()
                : Files.newInputStream(Path.of(file.strip()))) {
            return DisclosureList.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("university disclosure list " + (file.isBlank() ? RESOURCE : file), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((file.isBlank() ? RESOURCE : file) + ": " + e.getMessage(), e);
        }
    }
}
