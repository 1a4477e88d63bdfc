package org.gongkai.university;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The list the platform runs on: the shipped data file, read once at start (a broken file stops the start). */
@Configuration(proxyBeanMethods = false)
class DisclosureListFile {

    static final String RESOURCE = "university/disclosure-list.tsv";

    @Bean
    DisclosureList disclosureList() {
        try (var in = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            return DisclosureList.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
