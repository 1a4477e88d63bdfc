package org.gongkai.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One Spring context for every integration test, so the database (embedded, or the server named by
 * GONGKAI_DB_URL) is cleaned and migrated once per run. Tests build their own fixtures with unique names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@org.springframework.context.annotation.Import(Fixtures.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface IntegrationTest {
}
