package org.custos.server.db;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes of one transaction sent to PostgreSQL together: the statements, joined by semicolons, travel as one
 * message and run in order, each seeing the rows of the ones before it, and their results come back once. On a
 * busy two-core machine every round trip waits for the database backend to be scheduled, so a recorded match
 * (a case, its first event, the match events and their audit records) costs one wait instead of one per row.
 * Only writes that return nothing and need no answer before the next statement belong here.
 */
public final class SqlBatch {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    /** Adds one statement with its parameters, in the order of its placeholders. */
    public SqlBatch add(String statement, Object... values) {
        if (!sql.isEmpty()) {
            sql.append(";\n");
        }
        sql.append(statement);
        params.addAll(java.util.Arrays.asList(values));
        return this;
    }

    /**
     * Runs the statements added so far and then commits the transaction, in the same round trip. For the last
     * writes of a transaction only: when the transaction manager commits after this, PostgreSQL's JDBC driver
     * sends nothing, since it knows the connection is no longer in a transaction (PgConnection.commit), and the
     * transaction's synchronisations run as usual. If a statement fails, nothing is committed.
     */
    public void runAndCommit(JdbcClient jdbc) {
        add("commit");
        run(jdbc);
    }

    /** Runs the statements added so far, in one round trip, and empties the batch. */
    public void run(JdbcClient jdbc) {
        if (sql.isEmpty()) {
            return;
        }
        jdbc.sql(sql.toString()).params(params).update();
        sql.setLength(0);
        params.clear();
    }
}
