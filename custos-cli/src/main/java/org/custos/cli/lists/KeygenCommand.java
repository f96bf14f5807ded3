package org.custos.cli.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.custos.lists.release.KeyFiles;
import org.custos.lists.release.PublisherKey;
import org.custos.lists.release.TrustStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code custos lists keygen}: a new Ed25519 signing key for a publisher. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Create an Ed25519 signing key for a publisher.",
            "Writes FILE (private, mode 600) and FILE.pub, and prints the trust-store line subscribers add."},
        footer = {"", "Example:", "  custos lists keygen --publisher \"Example Hotline\" --out hotline.key",
            "  custos lists keygen --publisher \"Example Hotline\" --out hotline.key >> subscriber.trust"})
final class KeygenCommand extends ListsSubcommand {
    @Option(names = "--publisher", required = true, paramLabel = "ORG", description = "the list owner the key signs for")
    String publisher;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "private key file to create")
    Path out;

    @Override
    void run() throws IOException {
        PublisherKey key = PublisherKey.generate(publisher);
        Files.writeString(out, KeyFiles.write(key, true));
        try {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            err("note: cannot restrict the permissions of " + out + " on this file system");
        }
        Files.writeString(Path.of(out + ".pub"), KeyFiles.write(key, false));
        spec.commandLine().getOut().print(new TrustStore().trust(key).format());
        err("key " + key.keyId() + " written to " + out + " and " + out + ".pub");
    }
}
