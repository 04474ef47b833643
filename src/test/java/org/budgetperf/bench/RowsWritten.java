package org.budgetperf.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.budgetperf.support.TestDatabase;

/**
 * Rows inserted, updated and deleted in a schema so far, from PostgreSQL's statistics: the difference around a
 * benchmark round is what the round wrote. Backends report their counts up to a second late, hence the pause.
 */
final class RowsWritten {

    private RowsWritten() {
    }

    static long inSchema(String schema) {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try (Connection connection = DriverManager.getConnection(TestDatabase.ADMIN_URL, TestDatabase.USER, "");
             PreparedStatement query = connection.prepareStatement("select coalesce(sum(n_tup_ins + n_tup_upd"
                     + " + n_tup_del), 0) from pg_stat_user_tables where schemaname = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
