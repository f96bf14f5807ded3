package org.custos.cli;

/** The little JSON the match commands print: one object per line, keys in a fixed order. */
final class MatchJson {
    private MatchJson() {
    }

    static String match(String query, String entry, int distance) {
        return "{\"query\": " + query + ", \"entry\": " + entry + ", \"distance\": " + distance + "}";
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
