package org.gongkai.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/** Settings of the platform, bound from {@code gongkai.*} and GONGKAI_* environment variables. */
@ConfigurationProperties(prefix = "gongkai")
public record GongkaiProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue Db db,
        @DefaultValue Upload upload) {

    public record Db(String url, String user, String password,
                     @DefaultValue("false") boolean embeddedClean,
                     @DefaultValue("10") int poolSize) {
    }

    public record Upload(@DefaultValue("50MB") DataSize maxSize) {
    }
}
