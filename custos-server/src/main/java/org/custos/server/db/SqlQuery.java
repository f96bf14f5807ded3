package org.custos.server.db;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A read handed around before it runs, so that it can share a round trip with other statements. */
public record SqlQuery<T>(String sql, List<Object> params, RowMapper<T> rows) {
    public List<T> run(JdbcClient jdbc) {
        return jdbc.sql(sql).params(params).query(rows).list();
    }
}
