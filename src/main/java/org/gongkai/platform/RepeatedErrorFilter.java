package org.gongkai.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps one failure from filling the disk: a logged exception (at WARN or ERROR) is written the first time its
 * signature (logger, exception classes, where it was thrown) is seen in a window of {@code windowSeconds}
 * (60 by default); repeats within the window are counted, not written, and the next occurrence after the window
 * is written after a line saying how many were left out. A failing page that throws on every request thus writes
 * about two stack traces a minute instead of two per request. Installed in {@code logback-spring.xml}.
 */
public class RepeatedErrorFilter extends TurboFilter {

    static final String SUMMARY_LOGGER = "org.gongkai.platform.RepeatedErrors";
    private static final int MAX_SIGNATURES = 1000;
    private static final int FRAMES = 4;

    private final Map<String, Window> windows = new LinkedHashMap<>();
    private long windowMillis = 60_000;
    private LongSupplier clock = System::currentTimeMillis;

    private static final class Window {
        long start;
        long suppressed;
    }

    public void setWindowSeconds(long seconds) {
        this.windowMillis = seconds * 1000;
    }

    /** For tests: a clock that does not need waiting. */
    public void setClock(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || logger.getName().equals(SUMMARY_LOGGER)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        if (thrown == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        String signature = logger.getName() + '|' + format + '|' + signature(thrown);
        long now = clock.getAsLong();
        long repeated;
        synchronized (windows) {
            Window w = windows.get(signature);
            if (w != null && now - w.start < windowMillis) {
                w.suppressed++;
                return FilterReply.DENY;
            }
            if (w == null) {
                if (windows.size() >= MAX_SIGNATURES) {
                    windows.remove(windows.keySet().iterator().next());
                }
                w = new Window();
                windows.put(signature, w);
            }
            repeated = w.suppressed;
            w.start = now;
            w.suppressed = 0;
        }
        if (repeated > 0) {
            LoggerFactory.getLogger(SUMMARY_LOGGER).warn("the following error was repeated {} more times in the last {} s"
                    + " and not written each time: {}", repeated, windowMillis / 1000, thrown.getClass().getName());
        }
        return FilterReply.NEUTRAL;
    }

    /** Exception classes of the cause chain and the first frames of each: the same fault, whatever its message. */
    static String signature(Throwable thrown) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Throwable c = thrown; c != null && depth < 5; c = c.getCause(), depth++) {
            sb.append(c.getClass().getName());
            StackTraceElement[] trace = c.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, trace.length); i++) {
                sb.append('@').append(trace[i].getClassName()).append('.').append(trace[i].getMethodName())
                        .append(':').append(trace[i].getLineNumber());
            }
            sb.append(';');
        }
        return sb.toString();
    }
}
