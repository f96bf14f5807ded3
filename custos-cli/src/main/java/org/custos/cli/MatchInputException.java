package org.custos.cli;

import java.nio.file.Path;
import org.custos.CustosException;

/** A hash file given to {@code match}, {@code scan} or {@code bench} is unreadable or malformed at a line. */
class MatchInputException extends CustosException {
    MatchInputException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
