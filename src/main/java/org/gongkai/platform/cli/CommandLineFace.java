package org.gongkai.platform.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs an operator command instead of the web application: boots the context without a web server and hands the
 * arguments to the named command. {@code help} lists the commands. Never with Spring AOT's generated context, even
 * when {@code -Dspring.aot.enabled=true} was given: that context was built for the web start (ADR 0035).
 */
public final class CommandLineFace {

    private CommandLineFace() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> app, String[] args) {
        SpringProperties.setProperty("spring.aot.enabled", "false");
        SpringApplication spring = new SpringApplication(app);
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setDefaultProperties(Map.of("gongkai.cli", "true", "spring.main.banner-mode", "off",
                "logging.level.root", "warn"));
        try (ConfigurableApplicationContext ctx = spring.run()) {
            return dispatch(ctx.getBeansOfType(GongkaiCommand.class).values().stream().toList(), args);
        }
    }

    static int dispatch(List<GongkaiCommand> commands, String[] args) {
        String name = args[0];
        for (GongkaiCommand c : commands) {
            if (c.name().equals(name)) {
                return new CommandLine(c).execute(Arrays.copyOfRange(args, 1, args.length));
            }
        }
        System.out.println("Gongkai commands:");
        commands.stream().sorted(Comparator.comparing(GongkaiCommand::name))
                .forEach(c -> System.out.printf("  %-22s %s%n", c.name(), c.summary()));
        return "help".equals(name) ? 0 : 2;
    }
}
