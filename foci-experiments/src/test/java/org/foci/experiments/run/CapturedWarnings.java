package org.foci.experiments.run;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The WARN lines logged under {@code org.foci} while it is open: what a user sees on the console. */
public final class CapturedWarnings implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("org.foci");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    /** Starts capturing. */
    public CapturedWarnings() {
        appender.start();
        logger.addAppender(appender);
    }

    /** The WARN (and worse) messages so far, formatted. */
    public List<String> warnings() {
        return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
