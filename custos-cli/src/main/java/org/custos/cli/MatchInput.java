package org.custos.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custos.InvalidValueException;
import org.custos.hash.PdqHash;

/**
 * A file of PDQ hashes: one hex hash per line, or {@code id,hash} CSV (a first line {@code id,hash} is a header).
 * Without ids a hash is known by its 1-based line number. Blank lines are skipped; anything else that is not a
 * hash is an error naming the file and line.
 */
record MatchInput(List<String> ids, List<PdqHash> hashes) {
    static MatchInput read(Path file) {
        List<String> ids = new ArrayList<>();
        List<PdqHash> hashes = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || (number == 1 && text.equalsIgnoreCase("id,hash"))) {
                    continue;
                }
                int comma = text.indexOf(',');
                ids.add(comma < 0 ? Integer.toString(number) : text.substring(0, comma).strip());
                hashes.add(parse(file, number, comma < 0 ? text : text.substring(comma + 1).strip()));
            }
        } catch (IOException e) {
            throw new MatchInputException(file, 0, "cannot read: " + e.getMessage());
        }
        return new MatchInput(ids, hashes);
    }

    private static PdqHash parse(Path file, int line, String hex) {
        try {
            return PdqHash.parse(hex);
        } catch (InvalidValueException e) {
            throw new MatchInputException(file, line, e.getMessage());
        }
    }

    /** The id as a JSON value: a number when it is one, else a string. */
    String jsonId(int i) {
        String id = ids.get(i);
        return id.matches("-?[1-9][0-9]{0,17}|0") ? id : MatchJson.string(id);
    }
}
