package org.gongkai.platform;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The log configuration the application runs with (logback-spring.xml): rate-limited errors, a capped file. */
@IntegrationTest
class RepeatedErrorLogTest {

    private static RuntimeException templateFailure(int request) {
        return new IllegalStateException("template documents/page failed for request " + request);
    }

    /** One failing request writes two stack traces, as the failing template did (#12). */
    private static void failingRequest(Logger page, int request) {
        page.error("request /documents/{} failed", request, templateFailure(request));
        page.error("Servlet.service() threw exception", templateFailure(request));
    }

    private static RepeatedErrorFilter filter(LoggerContext context) {
        return context.getTurboFilterList().stream().filter(RepeatedErrorFilter.class::isInstance)
                .map(RepeatedErrorFilter.class::cast).findFirst().orElseThrow();
    }

    @Test
    void aThousandIdenticalFailuresWriteABoundedNumberOfLines() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        RepeatedErrorFilter filter = filter(context);
        AtomicLong now = new AtomicLong(1_000_000_000L);
        filter.setClock(now::get);
        Logger page = context.getLogger("org.gongkai.test.FailingPage");
        Logger summary = context.getLogger(RepeatedErrorFilter.SUMMARY_LOGGER);
        ListAppender<ILoggingEvent> pageLines = new ListAppender<>();
        ListAppender<ILoggingEvent> summaryLines = new ListAppender<>();
        pageLines.start();
        summaryLines.start();
        page.addAppender(pageLines);
        summary.addAppender(summaryLines);
        try {
            for (int i = 0; i <= 1000; i++) {
                if (i == 1000) {
                    assertThat(pageLines.list).hasSize(2);
                    assertThat(pageLines.list.get(0).getThrowableProxy()).isNotNull();
                    now.addAndGet(61_000); // the thousand-and-first comes after the minute
                }
                now.addAndGet(10); // ten seconds for the first thousand
                failingRequest(page, i);
            }
            assertThat(pageLines.list).hasSize(4);
            assertThat(summaryLines.list).hasSize(2).allSatisfy(e ->
                    assertThat(e.getFormattedMessage()).contains("999 more times"));

            // a different failure is not held back by the first one
            page.error("request failed", new IllegalArgumentException("other"));
            assertThat(pageLines.list).hasSize(5);
            // nor are messages without an exception
            for (int i = 0; i < 5; i++) {
                page.warn("slow request {}", i);
            }
            assertThat(pageLines.list).hasSize(10);
        } finally {
            page.detachAppender(pageLines);
            summary.detachAppender(summaryLines);
            filter.setClock(System::currentTimeMillis);
        }
    }

    @Test
    void theLogFileRollsWithATotalSizeCapInTheDataDirectory() throws ReflectiveOperationException {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("CONSOLE")).isNotNull();
        RollingFileAppender<ILoggingEvent> file = (RollingFileAppender<ILoggingEvent>) root.getAppender("FILE");
        assertThat(file).isNotNull();
        assertThat(Path.of(file.getFile()).toAbsolutePath().normalize())
                .isEqualTo(Path.of("target/test-data/logs/gongkai.log").toAbsolutePath().normalize());
        assertThat(file.getRollingPolicy()).isInstanceOf(SizeAndTimeBasedRollingPolicy.class);
        SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
        assertThat(policy.getMaxHistory()).isPositive();
        assertThat(policy.getFileNamePattern()).contains("%i").endsWith(".gz");
        assertThat(file.getTriggeringPolicy()).isNotNull();
        java.lang.reflect.Field cap = ch.qos.logback.core.rolling.TimeBasedRollingPolicy.class.getDeclaredField("totalSizeCap");
        cap.setAccessible(true);
        assertThat(((ch.qos.logback.core.util.FileSize) cap.get(policy)).getSize())
                .as("total size cap (GONGKAI_LOG_TOTAL_SIZE_CAP, 500MB by default)").isEqualTo(500L * 1024 * 1024);
    }
}
