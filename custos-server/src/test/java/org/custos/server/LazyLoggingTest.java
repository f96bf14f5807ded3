package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.core.log.LogMessage;

/**
 * Spring and Spring Security log through Commons Logging with messages built on demand ({@link LogMessage}),
 * trusting the logger to build them only when the level is on. Commons Logging's own SLF4J bridge turns every
 * message into a string before asking the level, so each request paid for debug messages nobody reads (a
 * method's signature per authorisation, among others). The server names the Log4j API bridge instead
 * (META-INF/services), which asks first; Log4j API then reaches Logback through log4j-to-slf4j.
 */
class LazyLoggingTest {
    @Test
    void aDisabledMessageIsNeverBuilt() {
        assertThat(LogFactory.getFactory().getClass().getName())
                .isEqualTo("org.apache.commons.logging.impl.Log4jApiLogFactory");
        Log log = LogFactory.getLog("org.springframework.security.authorization.method.Anything");
        AtomicInteger built = new AtomicInteger();
        log.debug(LogMessage.of(() -> "built " + built.incrementAndGet()));
        log.trace(LogMessage.of(() -> "built " + built.incrementAndGet()));
        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(built).hasValue(0);
    }

    @Test
    void anEnabledMessageStillReachesLogback() {
        Log log = LogFactory.getLog("org.custos.server.LazyLoggingTest");
        AtomicInteger built = new AtomicInteger();
        log.info(LogMessage.of(() -> "built " + built.incrementAndGet()));
        assertThat(log.isInfoEnabled()).isTrue();
        assertThat(built).hasValue(1);
    }
}
