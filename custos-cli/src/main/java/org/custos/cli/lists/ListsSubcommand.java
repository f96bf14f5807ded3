package org.custos.cli.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.custos.CustosException;
import org.custos.lists.release.ReleaseRejectedException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The error policy of every {@code lists} subcommand, in one place: exit 0 on success, 1 when a release is
 * refused, 2 for bad input or arguments (the message names file, record, field and value), 3 for I/O failures.
 */
abstract class ListsSubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    abstract void run() throws IOException;

    @Override
    public final Integer call() {
        String name = "custos lists " + spec.name() + ": ";
        try {
            run();
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ReleaseRejectedException e) {
            spec.commandLine().getErr().println(name + e.getMessage());
            return 1;
        } catch (CustosException e) {
            spec.commandLine().getErr().println(name + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println(name + e.getMessage());
            return 3;
        }
    }

    void out(String line) {
        spec.commandLine().getOut().println(line);
    }

    void err(String line) {
        spec.commandLine().getErr().println(line);
        spec.commandLine().getErr().flush();
    }
}
