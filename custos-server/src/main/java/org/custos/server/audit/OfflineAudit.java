package org.custos.server.audit;

import java.nio.file.Files;
import org.custos.server.ServerSettings;
import org.custos.server.db.DatabaseSettings;
import org.custos.server.db.DatabaseStartException;
import org.custos.server.db.EmbeddedDatabase;

/**
 * Verifies the chain of a server's database without the server: the external database of the settings,
 * or the embedded one in the data directory (which must not be in use by a running server).
 */
public final class OfflineAudit {
    private OfflineAudit() {
    }

    public static AuditVerification verify(ServerSettings settings) {
        if (settings.database().isPresent()) {
            return verify(settings.database().get());
        }
        var pgData = settings.dataDirectory().toAbsolutePath().resolve("postgresql");
        if (!Files.exists(pgData.resolve("PG_VERSION"))) {
            throw new DatabaseStartException(pgData, new IllegalStateException("no Custos database there"));
        }
        try (EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.dataDirectory(), true)) {
            return verify(embedded.settings());
        }
    }

    private static AuditVerification verify(DatabaseSettings database) {
        return new AuditVerifier(database.dataSource()).verify();
    }
}
