package org.custos.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.custos.CustosException;
import org.custos.server.ServerSettings;
import org.custos.server.audit.AuditVerification;
import org.custos.server.audit.OfflineAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code custos audit}: the audit hash chain of a server's database. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the server's audit chain.",
        subcommands = AuditCommand.Verify.class)
public final class AuditCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check every record of the audit chain and name the first broken one.",
                "Reads CUSTOS_DB_URL's database, or the embedded one in --data-dir (stop the server first).",
                "Exit code 0: intact; 1: broken; 2: the database could not be read."})
    static final class Verify implements Callable<Integer> {
        @Option(names = "--data-dir", defaultValue = "custos-data",
                description = "the server's data directory (default: ${DEFAULT-VALUE})")
        Path dataDirectory;

        @Override
        public Integer call() {
            AuditVerification result;
            try {
                result = OfflineAudit.verify(ServerSettings.defaults(System.getenv()).withDataDirectory(dataDirectory));
            } catch (CustosException e) {
                System.err.println("custos: " + e.getMessage());
                return 2;
            }
            if (result.intact()) {
                System.out.println("audit chain intact: " + result.recordsChecked() + " records");
                return 0;
            }
            System.out.println("audit chain BROKEN at record " + result.brokenSeq().orElseThrow() + ": "
                    + result.problem().orElseThrow() + " (" + result.recordsChecked() + " records before it hold)");
            return 1;
        }
    }
}
