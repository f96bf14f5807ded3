package org.custos.video;

import org.custos.CustosException;

/** A line of vPDQ text is malformed; carries the 1-based line number and the offending text. */
public final class VpdqFormatException extends CustosException {
    private final int line;
    private final String text;

    public VpdqFormatException(int line, String text, String problem) {
        super("vPDQ line " + line + ": " + problem + " in '" + abbreviate(text) + "'");
        this.line = line;
        this.text = text;
    }

    public int line() {
        return line;
    }

    public String text() {
        return text;
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
