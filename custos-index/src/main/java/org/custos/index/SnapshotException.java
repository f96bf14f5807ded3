package org.custos.index;

import java.nio.file.Path;
import org.custos.CustosException;

/** A snapshot file cannot be written or read back: the message names the file and what is wrong where. */
public class SnapshotException extends CustosException {
    private final Path file;

    public SnapshotException(Path file, String problem) {
        super("index snapshot " + file + ": " + problem);
        this.file = file;
    }

    public SnapshotException(Path file, String problem, Throwable cause) {
        super("index snapshot " + file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
