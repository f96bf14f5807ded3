package org.custos.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.jdbc.core.simple.JdbcClient;
import javax.sql.DataSource;

/** The Spring Boot application; started by {@link CustosServer}, never by a Boot launcher. */
@SpringBootApplication
@EnableScheduling
public class CustosApplication {
    /**
     * Data access is plain SQL through JdbcClient: the schema is small and owned by Flyway migrations, the
     * queries must name the organisation on every row, and nothing here needs an ORM's object graph.
     */
    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }
}
