package org.custos.video;

import java.util.ArrayList;
import java.util.List;
import org.custos.CustosException;
import org.custos.hash.PdqHash;
import org.custos.hash.PdqResult;

/**
 * The vPDQ signal string of python-threatexchange and HMA: a JSON array of strings
 * {@code "pdqHex,quality,timestampSeconds"}, one a frame, in frame order (frame numbers are not carried, so
 * parsed frames are numbered 0, 1, 2...). Only that shape is accepted: strings without escapes, nothing else;
 * a malformed element is a {@link VpdqFormatException} naming its 1-based position.
 */
public final class VpdqJson {
    private VpdqJson() {
    }

    public static String format(List<VpdqFrame> frames) {
        StringBuilder out = new StringBuilder(frames.size() * 80).append('[');
        for (VpdqFrame frame : frames) {
            out.append(out.length() > 1 ? ", \"" : "\"").append(frame.hash().toHex()).append(',')
                    .append(frame.quality()).append(',').append(VpdqFrame.formatSeconds(frame.timestampSeconds()))
                    .append('"');
        }
        return out.append(']').toString();
    }

    public static List<VpdqFrame> parse(String json) {
        List<String> elements = strings(json.strip());
        List<VpdqFrame> frames = new ArrayList<>(elements.size());
        for (String element : elements) {
            frames.add(frame(frames.size(), element));
        }
        return frames;
    }

    private static VpdqFrame frame(int index, String element) {
        String[] fields = element.split(",", -1);
        if (fields.length != 3) {
            throw VpdqFormatException.element(index + 1, element, "expected pdqHex,quality,timestamp");
        }
        try {
            PdqResult pdq = new PdqResult(PdqHash.parse(fields[0].strip()), Integer.parseInt(fields[1].strip()));
            return new VpdqFrame(index, pdq, Double.parseDouble(fields[2].strip()));
        } catch (NumberFormatException e) {
            throw VpdqFormatException.element(index + 1, element, "not a number: " + e.getMessage());
        } catch (CustosException e) {
            throw VpdqFormatException.element(index + 1, element, e.getMessage());
        }
    }

    /** The string elements of a flat JSON array of plain strings. */
    private static List<String> strings(String json) {
        if (!json.startsWith("[") || !json.endsWith("]")) {
            throw VpdqFormatException.element(1, json, "a vPDQ signal string is a JSON array");
        }
        List<String> out = new ArrayList<>();
        int at = skipSpaces(json, 1);
        while (at < json.length() - 1) {
            if (json.charAt(at) != '"') {
                throw VpdqFormatException.element(out.size() + 1, json, "expected a string at character " + (at + 1));
            }
            int end = json.indexOf('"', at + 1);
            if (end < 0 || json.substring(at + 1, end).indexOf('\\') >= 0) {
                throw VpdqFormatException.element(out.size() + 1, json, "unterminated or escaped string");
            }
            out.add(json.substring(at + 1, end));
            at = skipSpaces(json, end + 1);
            if (json.charAt(at) == ',') {
                at = skipSpaces(json, at + 1);
            } else if (at != json.length() - 1) {
                throw VpdqFormatException.element(out.size(), json, "expected ',' or ']' at character " + (at + 1));
            }
        }
        return out;
    }

    private static int skipSpaces(String s, int at) {
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        return at;
    }
}
