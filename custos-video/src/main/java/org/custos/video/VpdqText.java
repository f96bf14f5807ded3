package org.custos.video;

import java.util.ArrayList;
import java.util.List;
import org.custos.CustosException;
import org.custos.hash.PdqHash;
import org.custos.hash.PdqResult;

/**
 * The text form of a vPDQ hash that Meta's tools write and read: one frame a line,
 * {@code frameNumber,quality,pdqHex,timestampSeconds}, frame numbers strictly increasing. Blank lines are
 * skipped; anything else malformed is a {@link VpdqFormatException} naming the line.
 */
public final class VpdqText {
    private VpdqText() {
    }

    public static String format(List<VpdqFrame> frames) {
        StringBuilder out = new StringBuilder(frames.size() * 80);
        for (VpdqFrame frame : frames) {
            out.append(frame.toLine()).append('\n');
        }
        return out.toString();
    }

    public static List<VpdqFrame> parse(String text) {
        List<VpdqFrame> frames = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\r?\n", -1)) {
            number++;
            if (!line.isBlank()) {
                VpdqFrame frame = parseLine(number, line.strip());
                if (!frames.isEmpty() && frame.frameNumber() <= frames.getLast().frameNumber()) {
                    throw new VpdqFormatException(number, line, "frame number " + frame.frameNumber()
                            + " does not follow " + frames.getLast().frameNumber());
                }
                frames.add(frame);
            }
        }
        return frames;
    }

    private static VpdqFrame parseLine(int number, String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
            throw new VpdqFormatException(number, line, "expected 4 comma-separated fields, found "
                    + fields.length);
        }
        try {
            long frame = Long.parseLong(fields[0].strip());
            int quality = Integer.parseInt(fields[1].strip());
            PdqHash hash = PdqHash.parse(fields[2].strip());
            double seconds = Double.parseDouble(fields[3].strip());
            return new VpdqFrame(frame, new PdqResult(hash, quality), seconds);
        } catch (NumberFormatException e) {
            throw new VpdqFormatException(number, line, "not a number: " + e.getMessage());
        } catch (CustosException e) {
            throw new VpdqFormatException(number, line, e.getMessage());
        }
    }
}
