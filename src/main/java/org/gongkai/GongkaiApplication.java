package org.gongkai;

import org.gongkai.platform.EmbeddedPostgresLauncher;
import org.gongkai.platform.StartupReport;
import org.gongkai.platform.cli.CommandLineFace;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GongkaiApplication {

    public static void main(String[] args) {
        if (CommandLineFace.isCommand(args)) {
            System.exit(CommandLineFace.run(GongkaiApplication.class, args));
        }
        if (!Boolean.getBoolean("spring.aot.processing")) {
            // the build's AOT step (process-aot) runs this main to learn the bean definitions: no database then
            EmbeddedPostgresLauncher.startEarlyIfNeeded();
        }
        SpringApplication spring = new SpringApplication(GongkaiApplication.class);
        StartupReport.attachIfWanted(spring);
        spring.run(args);
    }
}
