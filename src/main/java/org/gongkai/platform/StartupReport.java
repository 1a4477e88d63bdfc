package org.gongkai.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;

/**
 * With {@code GONGKAI_STARTUP_REPORT=true} (or {@code -Dgongkai.startup-report=true}), records the start with Spring's
 * {@link BufferingApplicationStartup} and prints, once the application is ready, the JVM's time before Spring and
 * the slowest steps: what to look at when a restart is slow (ADR 0035). Off by default: recording costs a little.
 */
public final class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final int SHOWN = 25;

    private final BufferingApplicationStartup startup;
    private final PrintStream out;

    private StartupReport(BufferingApplicationStartup startup, PrintStream out) {
        this.startup = startup;
        this.out = out;
    }

    public static boolean wanted() {
        return Boolean.parseBoolean(System.getenv("GONGKAI_STARTUP_REPORT"))
                || Boolean.getBoolean("gongkai.startup-report");
    }

    /** Records the start of {@code spring} when {@link #wanted()}. */
    public static void attachIfWanted(SpringApplication spring) {
        if (!wanted()) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
        spring.setApplicationStartup(startup);
        spring.addListeners(new StartupReport(startup, System.out));
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        StartupTimeline timeline = startup.getBufferedTimeline();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long springStart = timeline.getStartTime().toEpochMilli();
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        out.println("== start-up report (GONGKAI_STARTUP_REPORT)");
        out.printf("   JVM start → SpringApplication.run: %d ms%n", springStart - jvmStart);
        out.printf("   JVM start → ready: %d ms (taken: %s)%n", System.currentTimeMillis() - jvmStart,
                event.getTimeTaken() == null ? "?" : event.getTimeTaken().toMillis() + " ms in Spring");
        out.printf("   slowest of %d recorded steps (a step includes the steps inside it):%n", events.size());
        events.stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(SHOWN)
                .forEach(e -> out.printf("   %6d ms  %s%s%n", e.getDuration().toMillis(),
                        e.getStartupStep().getName(), tags(e)));
        Map<Long, Duration> inChildren = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                inChildren.merge(parent, e.getDuration(), Duration::plus);
            }
        }
        out.printf("   slowest steps by their own time (without the steps inside them):%n");
        events.stream()
                .map(e -> Map.entry(e, e.getDuration().minus(inChildren.getOrDefault(e.getStartupStep().getId(), Duration.ZERO))))
                .sorted(Map.Entry.<StartupTimeline.TimelineEvent, Duration>comparingByValue().reversed())
                .limit(SHOWN)
                .forEach(e -> out.printf("   %6d ms  %s%s%n", e.getValue().toMillis(),
                        e.getKey().getStartupStep().getName(), tags(e.getKey())));
        Duration beans = events.stream()
                .filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate"))
                .map(StartupTimeline.TimelineEvent::getDuration)
                .reduce(Duration.ZERO, Duration::plus);
        out.printf("   (sum over all bean instantiations, nested ones counted twice: %d ms)%n", beans.toMillis());
    }

    private static String tags(StartupTimeline.TimelineEvent e) {
        String tags = e.getStartupStep().getTags() == null ? "" : java.util.stream.StreamSupport
                .stream(e.getStartupStep().getTags().spliterator(), false)
                .map(t -> t.getKey() + "=" + t.getValue())
                .collect(Collectors.joining(", "));
        return tags.isEmpty() ? "" : "  [" + (tags.length() > 140 ? tags.substring(0, 140) + "…" : tags) + "]";
    }
}
