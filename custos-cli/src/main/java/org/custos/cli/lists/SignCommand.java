package org.custos.cli.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.custos.lists.release.KeyFiles;
import org.custos.lists.release.ReleaseReader;
import org.custos.lists.release.ReleaseSigner;
import org.custos.lists.release.SignatureEnvelope;
import org.custos.lists.terminology.Crosswalk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code custos lists sign}: a detached Ed25519 signature of a release body. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Check a release body is canonical, then sign it: writes RELEASE.sig (or --out).",
        footer = {"", "Example:", "  custos lists sign --key hotline.key r2.release"})
final class SignCommand extends ListsSubcommand {
    @Option(names = "--key", required = true, paramLabel = "FILE", description = "private key from 'keygen'")
    Path key;

    @Option(names = "--out", paramLabel = "FILE", description = "signature file (default: RELEASE.sig)")
    Path out;

    @Parameters(index = "0", paramLabel = "RELEASE")
    Path release;

    @Override
    void run() throws IOException {
        SignatureEnvelope signature;
        try (InputStream in = Files.newInputStream(release);
             ReleaseReader reader = new ReleaseReader(in, release.toString(), Crosswalk.standard())) {
            String sha = reader.finish();
            signature = ReleaseSigner.sign(reader.header(), sha, KeyFiles.read(Files.readString(key)));
        }
        Path target = out == null ? Path.of(release + ".sig") : out;
        Files.writeString(target, signature.toJson());
        err("signed " + signature.listId() + " version " + signature.version() + " with key " + signature.keyId()
                + " -> " + target);
    }
}
