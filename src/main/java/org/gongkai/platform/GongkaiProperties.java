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

    /**
     * @param migrationUser     on a server, the owner of the schema who runs the migrations (the runtime
     *                          {@code user} then gets only data privileges); empty: {@code user} does both
     * @param embeddedStartTimeout how long the embedded PostgreSQL may take to start (crash recovery included)
     */
    public record Db(String url, String user, String password,
                     @DefaultValue("false") boolean embeddedClean,
                     @DefaultValue("10") int poolSize,
                     String migrationUser, String migrationPassword,
                     @DefaultValue("120s") java.time.Duration embeddedStartTimeout) {
    }

    public record Upload(@DefaultValue("50MB") DataSize maxSize) {
    }
}
