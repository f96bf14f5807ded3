package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.custos.server.db.SqlBatch;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes sent together run in order, each seeing the ones before, and fail or commit as one transaction. */
class SqlBatchTest {
    private final RunningServer server = TestServer.get();
    private final JdbcClient sql = JdbcClient.create(server.dataSource());
    private final TransactionTemplate transaction =
            new TransactionTemplate(server.bean(PlatformTransactionManager.class));

    @Test
    void statementsRunInOrderWithTheirOwnParameters() {
        String table = "batch_test_" + System.nanoTime();
        sql.sql("create table " + table + " (id int primary key, parent int references " + table + ", note text)")
                .update();
        new SqlBatch().add("insert into " + table + " values (?, null, ?)", 1, "first; not a separator")
                .add("insert into " + table + " values (?, ?, ?)", 2, 1, "second")
                .add("update " + table + " set note = note || ? where id = ?", "!", 1)
                .run(sql);
        assertThat(sql.sql("select string_agg(note, '|' order by id) from " + table).query(String.class).single())
                .isEqualTo("first; not a separator!|second");
        sql.sql("drop table " + table).update();
    }

    @Test
    void theLastWritesOfATransactionCanCarryItsCommit() throws Exception {
        String table = "batch_test_" + System.nanoTime();
        sql.sql("create table " + table + " (id int primary key)").update();
        JdbcClient inTransaction = JdbcClient.create(server.dataSource());
        long seenFromOutside = transaction.execute(status -> {
            new SqlBatch().add("insert into " + table + " values (?)", 1).runAndCommit(inTransaction);
            try (var other = server.dataSource().getConnection();
                 var rows = other.createStatement().executeQuery("select count(*) from " + table)) {
                rows.next();
                return rows.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(seenFromOutside).as("committed before the transaction manager's own commit").isEqualTo(1);
        assertThat(sql.sql("select count(*) from " + table).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> new SqlBatch()
                .add("insert into " + table + " values (?)", 2)
                .add("insert into " + table + " values (?)", 1)
                .runAndCommit(inTransaction)))
                .hasMessageContaining("duplicate key");
        assertThat(sql.sql("select count(*) from " + table).query(Long.class).single()).isEqualTo(1);
        sql.sql("drop table " + table).update();
    }

    @Test
    void aFailingStatementLeavesNothingOfTheBatch() {
        String table = "batch_test_" + System.nanoTime();
        sql.sql("create table " + table + " (id int primary key)").update();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> new SqlBatch()
                .add("insert into " + table + " values (?)", 1)
                .add("insert into " + table + " values (?)", 1)
                .run(JdbcClient.create(server.dataSource()))))
                .hasMessageContaining("duplicate key");
        assertThat(sql.sql("select count(*) from " + table).query(Long.class).single()).isZero();
        sql.sql("drop table " + table).update();
    }
}
