package org.custos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line side of the server: options and refusals that need no running database. */
class AuditCommandTest {
    @TempDir
    Path empty;

    @Test
    void verifyingADataDirectoryWithoutADatabaseFailsWithExitCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true));
        int code;
        try {
            code = Main.commandLine().execute("audit", "verify", "--data-dir", empty.toString());
        } finally {
            System.setErr(original);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no Custos database there");
    }

    @Test
    void serveNamesItsOptions() {
        var usage = Main.commandLine().getSubcommands().get("serve").getUsageMessage();
        assertThat(usage).contains("--port", "--data-dir", "CUSTOS_DB_URL");
    }
}
