package org.custos.video;

import org.custos.CustosException;

/**
 * A line of vPDQ text, or an element of a vPDQ signal string, is malformed; carries its 1-based position and the
 * offending text.
 */
public final class VpdqFormatException extends CustosException {
    private final int line;
    private final String text;

    public VpdqFormatException(int line, String text, String problem) {
        this("line", line, text, problem);
    }

    VpdqFormatException(String unit, int position, String text, String problem) {
        super("vPDQ " + unit + " " + position + ": " + problem + " in '" + abbreviate(text) + "'");
        this.line = position;
        this.text = text;
    }

    static VpdqFormatException element(int position, String text, String problem) {
        return new VpdqFormatException("element", position, text, problem);
    }

    /** The 1-based line, or element of a signal string. */
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
